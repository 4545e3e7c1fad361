import type { IncomingMessage, OutgoingHttpHeaders, ServerResponse } from "node:http";
import { env } from "@/lib/env";
import { OUTAGE_RETRY_AFTER_SECONDS } from "@/lib/http/error-response";
import { currentRequestOutcome, fileRequestOutcome } from "@/lib/http/request-outcome";
import { staticSecurityHeaders } from "@/lib/http/security-headers";
import { OUTAGE_PAGE_CSP, type PostedForm, outagePage } from "./outage-page";
import { isApiPath } from "./refusal";

// Pages and server actions answer a database outage as the API does: 503 with Retry-After, never 500. Code that
// meets the outage records it for the request (lib/http/request-outcome.ts, through the one error mapper); this
// module looks at the response as it is written:
// - an error response (5xx) is held until it is complete, since the outage is often recorded only while it is
//   rendered; then, if the database was unavailable, a page becomes the outage page (lib/runtime/outage-page.ts,
//   with the posted form on it again), and any other body (a server action's RSC payload, JSON) is kept with 503;
// - a successful response (2xx) whose request met the outage, such as a form re-rendered with its values and the
//   "try again" message, keeps its body and becomes 503, so clients and monitors see the refusal.

type Head = [statusCode: number, ...rest: unknown[]];

const FORM_TYPES = ["application/x-www-form-urlencoded", "multipart/form-data"] as const;

function isFormPost(req: IncomingMessage): PostedForm["enctype"] | undefined {
  const type = (req.headers["content-type"] ?? "").split(";")[0]?.trim().toLowerCase();
  // A server action sent by the page's script carries Next-Action and gets its answer as an RSC payload.
  if (req.method !== "POST" || req.headers["next-action"]) return undefined;
  return FORM_TYPES.find((t) => t === type);
}

async function postedForm(req: IncomingMessage, body: Buffer | undefined): Promise<PostedForm | undefined> {
  const enctype = isFormPost(req);
  if (!enctype || !body) return undefined;
  try {
    const form = await new Response(new Uint8Array(body), {
      headers: { "content-type": req.headers["content-type"] ?? enctype },
    }).formData();
    const fields: [string, string][] = [];
    for (const [name, value] of form) if (typeof value === "string") fields.push([name, value]);
    return { enctype, fields };
  } catch {
    return undefined;
  }
}

function headerOf(res: ServerResponse, rest: unknown[], name: string): string {
  const given = rest.find((r): r is OutgoingHttpHeaders => typeof r === "object" && r !== null && !Array.isArray(r));
  const value = given?.[name] ?? res.getHeader(name);
  return Array.isArray(value) ? value.join(", ") : String(value ?? "");
}

/** Arguments after the status code without a status message, which belonged to the old code. */
function withoutMessage(rest: unknown[]): unknown[] {
  return typeof rest[0] === "string" ? rest.slice(1) : rest;
}

const https = new URL(env.PUBLIC_BASE_URL).protocol === "https:";

/**
 * Watches one response; call inside the request's context (lib/runtime/request-context.ts) before the app
 * handles it. `body` is the request body the server already holds (form posts, lib/runtime/body-guard.ts).
 */
export function answerOutages(req: IncomingMessage, res: ServerResponse, target: string, body?: Buffer): void {
  const outcome = currentRequestOutcome();
  if (!outcome) return;
  const requestId = String(res.getHeader("x-request-id") ?? "");
  if (requestId) res.once("close", fileRequestOutcome(requestId, outcome));
  const writeHead = res.writeHead.bind(res) as (...args: unknown[]) => ServerResponse;
  const write = res.write.bind(res) as (...args: unknown[]) => boolean;
  const end = res.end.bind(res) as (...args: unknown[]) => ServerResponse;
  const flushHeaders = res.flushHeaders.bind(res);
  let held: { head: Head; chunks: Buffer[] } | undefined;

  const refusing = (rest: unknown[]) => {
    res.setHeader("retry-after", String(OUTAGE_RETRY_AFTER_SECONDS));
    res.setHeader("cache-control", "no-store");
    return writeHead(503, ...withoutMessage(rest));
  };

  res.writeHead = function patchedWriteHead(statusCode: number, ...rest: unknown[]) {
    if (held) return res;
    if (statusCode >= 500 && statusCode !== 503) {
      held = { head: [statusCode, ...rest], chunks: [] };
      return res;
    }
    if (statusCode >= 200 && statusCode < 300 && outcome.databaseUnavailable) return refusing(rest);
    return writeHead(statusCode, ...rest);
  };

  /** Decides on the head before the first byte of body, as Node would when writing it. */
  const begin = () => {
    if (!held && !res.headersSent) res.writeHead(res.statusCode);
  };

  const collect = (chunk: unknown, encoding: unknown) => {
    if (chunk instanceof Uint8Array) held?.chunks.push(Buffer.from(chunk));
    else if (typeof chunk === "string") {
      held?.chunks.push(Buffer.from(chunk, typeof encoding === "string" ? (encoding as BufferEncoding) : "utf8"));
    }
  };

  res.write = function patchedWrite(...args: unknown[]) {
    begin();
    if (!held) return write(...args);
    collect(args[0], args[1]);
    const callback = args.find((a): a is () => void => typeof a === "function");
    if (callback) process.nextTick(callback);
    return true;
  } as ServerResponse["write"];

  res.flushHeaders = function patchedFlushHeaders() {
    begin();
    if (!held) flushHeaders();
  };

  res.end = function patchedEnd(...args: unknown[]) {
    begin();
    if (!held) return end(...args);
    const { head, chunks } = held;
    collect(args[0], args[1]);
    const callback = args.find((a): a is () => void => typeof a === "function");
    void finish(head, chunks).then(() => callback?.());
    return res;
  } as ServerResponse["end"];

  async function finish([statusCode, ...rest]: Head, chunks: Buffer[]): Promise<void> {
    if (!outcome?.databaseUnavailable) {
      writeHead(statusCode, ...rest);
      end(Buffer.concat(chunks));
      return;
    }
    // Next.js's own answers to a page are HTML, or plain text when even its error page failed; an RSC payload
    // (a server action called by script) and JSON are kept for their callers.
    const contentType = headerOf(res, rest, "content-type");
    const page = !isApiPath(target) && !/text\/x-component|json/.test(contentType);
    if (!page) {
      refusing(rest);
      end(Buffer.concat(chunks));
      return;
    }
    const html = outagePage(target, await postedForm(req, body));
    for (const name of res.getHeaderNames()) if (name !== "x-request-id") res.removeHeader(name);
    refusing([
      {
        ...staticSecurityHeaders({ https }),
        "content-security-policy": OUTAGE_PAGE_CSP,
        "content-type": "text/html; charset=utf-8",
        "content-length": Buffer.byteLength(html),
      },
    ]);
    end(req.method === "HEAD" ? undefined : html);
  }
}
