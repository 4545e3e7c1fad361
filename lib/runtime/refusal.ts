import { type IncomingMessage, STATUS_CODES, type ServerResponse } from "node:http";
import type { Socket } from "node:net";
import { env } from "@/lib/env";
import { type ErrorCode, type FieldErrors, errorStatus } from "@/lib/errors";
import { apiContentSecurityPolicy, staticSecurityHeaders } from "@/lib/http/security-headers";

// Answers the HTTP server gives itself, before Next.js sees a request (a body too large or too slow, a URL that
// cannot be decoded): the API's JSON error shape, or a short page for browsers, with the usual security headers.

const https = new URL(env.PUBLIC_BASE_URL).protocol === "https:";
/** A client still sending after its refusal gets this long to read the answer before the connection is cut. */
const LINGER_MS = 5_000;

const titles: Partial<Record<ErrorCode, string>> = {
  invalid_input: "This address is not valid",
  payload_too_large: "That was too much data",
  request_timeout: "That took too long",
  forbidden: "This request is not allowed",
};

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

function page(code: ErrorCode, message: string): string {
  const title = escapeHtml(titles[code] ?? "Request refused");
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${title} · ${escapeHtml(env.SHOP_NAME)}</title></head><body style="font-family:system-ui,sans-serif;max-width:40rem;margin:4rem auto;padding:0 1rem;line-height:1.5"><h1>${title}</h1><p>${escapeHtml(message)}</p><p><a href="/">Back to the shop</a></p></body></html>`;
}

export function isApiPath(path: string): boolean {
  return path === "/api" || path.startsWith("/api/");
}

/**
 * Closes the connection once the answer is out, but lets a client that is still sending read it first: closing
 * a socket with unread data makes the kernel reset the connection, and the client may lose the answer with it.
 */
export function lingerOnClose(socket: Socket): void {
  socket.destroySoon = function destroySoon(this: Socket) {
    if (this.writable) this.end();
    const cut = setTimeout(() => this.destroy(), LINGER_MS);
    cut.unref();
    this.once("close", () => clearTimeout(cut));
  };
}

function refusalOf(
  path: string,
  code: ErrorCode,
  message: string,
  requestId: string,
  options: { head?: boolean; fields?: FieldErrors } = {},
) {
  const api = isApiPath(path);
  const { fields, head } = options;
  const body = api
    ? JSON.stringify({
        error: {
          code,
          message: fields ? "Some fields are not valid." : message,
          ...(fields ? { fields } : {}),
          requestId,
        },
      })
    : page(code, message);
  const headers: Record<string, string | number> = {
    ...staticSecurityHeaders({ https }),
    "Content-Security-Policy": api
      ? apiContentSecurityPolicy({ https })
      : "default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'none'; form-action 'none'",
    "content-type": api ? "application/json" : "text/html; charset=utf-8",
    "content-length": Buffer.byteLength(body),
    "cache-control": "no-store",
    "x-request-id": requestId,
    connection: "close",
  };
  return { status: errorStatus[code], headers, body: head ? "" : body };
}

/** Sends the refusal and closes the connection (what is left of the request body is discarded). */
export function refuse(
  req: IncomingMessage,
  res: ServerResponse,
  path: string,
  code: ErrorCode,
  message: string,
  fields?: FieldErrors,
): void {
  if (res.headersSent) {
    req.socket.destroy();
    return;
  }
  const requestId = String(res.getHeader("x-request-id") ?? "");
  const { status, headers, body } = refusalOf(path, code, message, requestId, { head: req.method === "HEAD", fields });
  lingerOnClose(req.socket);
  res.writeHead(status, headers);
  res.end(body);
}

/**
 * The same refusal written straight to the connection, for a request the app is already handling but that
 * has not answered yet (it waits for a body that stalled), as Node's own request timeout does; then closes.
 */
export function refuseOnSocket(socket: Socket, path: string, code: ErrorCode, message: string, requestId: string) {
  const { status, headers, body } = refusalOf(path, code, message, requestId);
  const head = Object.entries(headers)
    .map(([name, value]) => `${name}: ${value}`)
    .join("\r\n");
  socket.end(`HTTP/1.1 ${status} ${STATUS_CODES[status] ?? ""}\r\n${head}\r\n\r\n${body}`);
  setTimeout(() => socket.destroy(), LINGER_MS).unref();
}
