import type { IncomingMessage, OutgoingHttpHeaders, ServerResponse } from "node:http";
import { env } from "@/lib/env";
import { log } from "@/lib/log";
import { isApiPath, refuse } from "./refusal";
import { urlProblem } from "./url-guard";

// Checks the HTTP server makes before Next.js sees a request, for requests Next.js would answer with a bare 500:
// a URL that cannot be decoded or carries control characters (400), and a form post or server action from another
// site or from an opaque origin (`Origin: null`) (403). Route handlers check the origin of API writes themselves
// (lib/http/handler.ts). Client-sent X-Forwarded-Host is dropped: links are built from PUBLIC_BASE_URL, and the
// header let a forged host reach Next.js's server action check, which answered 500.

/** The shop's page shown, with status 400, for an address that cannot be read (app/(shop)/bad-request). */
export const BAD_REQUEST_PAGE = "/bad-request";

const publicHost = new URL(env.PUBLIC_BASE_URL).host;
const READ_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

function originHost(origin: string): string | null {
  try {
    return new URL(origin).host;
  } catch {
    return null;
  }
}

/** Why a write to a page (a server action or a form post) is refused as cross-site, or null. */
function crossSiteProblem(req: IncomingMessage): string | null {
  const site = req.headers["sec-fetch-site"];
  if (site !== undefined && site !== "same-origin" && site !== "none") return `sec-fetch-site ${String(site)}`;
  const origin = req.headers.origin;
  if (origin === undefined) return null;
  const host = originHost(origin);
  if (host === null) return "opaque origin";
  if (host !== publicHost && host !== req.headers.host) return "foreign origin";
  return null;
}

/** Makes every status Next.js sets for this response a 400 (it renders the bad-request page with 200). */
function forceStatus400(res: ServerResponse): void {
  const writeHead = res.writeHead.bind(res);
  // Whatever follows the status (a message, headers) is passed on as it came.
  res.writeHead = ((_status: number, ...rest: [OutgoingHttpHeaders?]) =>
    writeHead(400, ...rest)) as ServerResponse["writeHead"];
}

/**
 * Answers the request itself when it must be refused (returns true), or lets it go on (false). A page address
 * that cannot be read is rendered as the shop's bad-request page through `render`, with status 400.
 */
export function checkRequest(req: IncomingMessage, res: ServerResponse, path: string, render: () => void): boolean {
  delete req.headers["x-forwarded-host"];
  const method = req.method ?? "GET";
  const problem = urlProblem(req.url ?? "/");
  if (problem) {
    log.warn("request refused", { method, path, reason: problem.message, field: problem.field });
    if (isApiPath(path) || !READ_METHODS.has(method)) {
      refuse(req, res, path, "invalid_input", problem.message, { [problem.field]: problem.message });
    } else {
      req.url = BAD_REQUEST_PAGE;
      forceStatus400(res);
      render();
    }
    return true;
  }
  if (!READ_METHODS.has(method) && !isApiPath(path)) {
    const reason = crossSiteProblem(req);
    if (reason) {
      log.warn("request refused", { method, path, reason: `cross-site write (${reason})` });
      refuse(req, res, path, "forbidden", "Cross-site requests are not allowed.");
      return true;
    }
    // Next.js compares the origin with this header (else Host); set it to the host the origin was checked against.
    const origin = req.headers.origin;
    const host = origin === undefined ? null : originHost(origin);
    if (host) req.headers["x-forwarded-host"] = host;
  }
  return false;
}
