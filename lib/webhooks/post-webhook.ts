import http from "node:http";
import https from "node:https";
import type { LookupFunction } from "node:net";
import type { ResolvedTarget } from "./endpoint-address";

// One delivery request: POST to the addresses already checked, no redirects, a connect and a total time limit,
// and at most RESPONSE_CAP bytes of the answer read (the rest is dropped with the connection).

export const RESPONSE_CAP = 2048;
const CONNECT_TIMEOUT_MS = 3_000;

export interface PostResult {
  statusCode: number | null;
  /** The first RESPONSE_CAP bytes of the response body, as text. */
  body: string;
  durationMs: number;
  error: string | null;
}

/** Hands net.connect the checked addresses instead of asking DNS again. */
function pinnedLookup(target: ResolvedTarget): LookupFunction {
  return (_hostname, options, callback) => {
    const wanted = options.family === 4 || options.family === 6 ? options.family : 0;
    const usable = target.addresses.filter((a) => wanted === 0 || a.family === wanted);
    if (usable.length === 0) {
      callback(Object.assign(new Error("no checked address of the requested family"), { code: "ENOTFOUND" }), "");
      return;
    }
    if (options.all) callback(null, usable);
    else callback(null, usable[0]?.address ?? "", usable[0]?.family);
  };
}

export function postWebhook(
  target: ResolvedTarget,
  headers: Record<string, string>,
  body: string,
  timeoutMs: number,
): Promise<PostResult> {
  const started = performance.now();
  const elapsed = () => Math.round(performance.now() - started);
  const secure = target.url.protocol === "https:";
  return new Promise((resolve) => {
    let settled = false;
    const finish = (result: Omit<PostResult, "durationMs">) => {
      if (settled) return;
      settled = true;
      clearTimeout(totalTimer);
      resolve({ ...result, durationMs: elapsed() });
    };
    const request = (secure ? https : http).request({
      method: "POST",
      host: target.host,
      port: target.url.port || (secure ? 443 : 80),
      path: `${target.url.pathname}${target.url.search}`,
      headers: {
        ...headers,
        "content-type": "application/json",
        "content-length": String(Buffer.byteLength(body)),
        "user-agent": "shop-webhooks/1",
        connection: "close",
      },
      lookup: pinnedLookup(target),
      ...(secure ? { servername: target.host } : {}),
      agent: false,
    });
    const totalTimer = setTimeout(() => {
      finish({ statusCode: null, body: "", error: `No answer within ${timeoutMs} ms.` });
      request.destroy();
    }, timeoutMs);
    request.on("socket", (socket) => {
      const connectTimer = setTimeout(() => {
        finish({ statusCode: null, body: "", error: `Could not connect within ${CONNECT_TIMEOUT_MS} ms.` });
        request.destroy();
      }, CONNECT_TIMEOUT_MS);
      socket.once(secure ? "secureConnect" : "connect", () => clearTimeout(connectTimer));
      socket.once("close", () => clearTimeout(connectTimer));
    });
    request.on("error", (error) => finish({ statusCode: null, body: "", error: error.message }));
    request.on("response", (response) => {
      const statusCode = response.statusCode ?? null;
      const chunks: Buffer[] = [];
      let size = 0;
      const done = () => {
        const text = Buffer.concat(chunks).subarray(0, RESPONSE_CAP).toString("utf8");
        const redirect = statusCode !== null && statusCode >= 300 && statusCode < 400;
        finish({ statusCode, body: text, error: redirect ? "Redirects are not followed." : null });
      };
      response.on("data", (chunk: Buffer) => {
        chunks.push(chunk);
        size += chunk.length;
        if (size >= RESPONSE_CAP) {
          done();
          request.destroy();
        }
      });
      response.on("end", done);
      response.on("error", done);
      response.on("aborted", done);
    });
    request.end(body);
  });
}
