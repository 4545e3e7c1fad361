import type { IncomingMessage, ServerResponse } from "node:http";
import { type BodyLimit, bodyLimitFor } from "@/lib/http/body-limits";
import { log } from "@/lib/log";
import { lingerOnClose, refuse, refuseOnSocket } from "./refusal";

// Bounds every request body before Next.js reads it (Next.js reads server action and form bodies whole, and a
// route handler could forget a limit): a declared Content-Length over the limit is refused at once, the bytes that
// arrive are counted as Node's HTTP parser hands them over, and a body that has not arrived within the timeout is
// cut off. Limits come from lib/http/body-limits.ts. In "buffer" mode the body is held here until complete, so the
// app never sees a refused one; in "stream" mode it flows on and the route's own reader stops at the same limit.

export interface BodyGuardOptions {
  /** The whole request body must arrive within this many milliseconds (REQUEST_TIMEOUT_MS). */
  timeoutMs: number;
}

type Push = IncomingMessage["push"];

function declaredLength(req: IncomingMessage): number | null {
  const header = req.headers["content-length"];
  if (header === undefined) return null;
  const length = Number(header);
  return Number.isFinite(length) ? length : null;
}

/** True when the declared length alone is over the limit: such a request gets no "100 Continue". */
export function declaresTooMuch(req: IncomingMessage, path: string): boolean {
  const declared = declaredLength(req);
  return declared !== null && declared > bodyLimitFor(path).maxBytes;
}

export function hasBody(req: IncomingMessage): boolean {
  return req.headers["transfer-encoding"] !== undefined || (declaredLength(req) ?? 0) > 0;
}

function tooLarge(limit: BodyLimit): string {
  const size = limit.maxBytes >= 1024 * 1024 ? `${limit.maxBytes / (1024 * 1024)} MB` : `${limit.maxBytes / 1024} KB`;
  return `The request body is larger than ${size}.`;
}

/**
 * Checks the body of a request that is about to be handled; calls `next` when the app may have it (at once in
 * stream mode, once the whole body is in for buffer mode, with that body), or answers 413/408 itself and never
 * calls `next`.
 */
export function guardBody(
  req: IncomingMessage,
  res: ServerResponse,
  path: string,
  options: BodyGuardOptions,
  next: (body?: Buffer) => void,
): void {
  if (!hasBody(req)) {
    next();
    return;
  }
  const limit = bodyLimitFor(path);
  // Parser callbacks run outside the request's async context, so the id is passed along explicitly.
  const requestId = String(res.getHeader("x-request-id") ?? "");
  const warn = (reason: string) =>
    log.warn("request body refused", {
      requestId,
      method: req.method,
      path,
      kind: limit.kind,
      maxBytes: limit.maxBytes,
      reason,
    });
  const refuseWith = (status: 408 | 413, reason: string) => {
    warn(reason);
    refuse(req, res, path, status === 413 ? "payload_too_large" : "request_timeout", reason);
  };

  const declared = declaredLength(req);
  if (declared !== null && declared > limit.maxBytes) {
    refuseWith(413, tooLarge(limit));
    return;
  }

  const originalPush: Push = req.push.bind(req);
  const held: Buffer[] = [];
  let received = 0;
  let done = false;
  let handedOver = limit.mode === "stream";

  const timer = setTimeout(() => {
    if (done || req.complete) return;
    done = true;
    const reason = "The request body did not arrive in time.";
    if (!handedOver) refuseWith(408, reason);
    else if (!res.headersSent) {
      // Stream mode: the app waits for the rest of the body and holds the response, so the answer goes straight
      // to the connection, which then closes (the app's own answer, if any, goes nowhere).
      warn(reason);
      refuseOnSocket(req.socket, path, "request_timeout", reason, requestId);
    } else req.socket.destroy();
  }, options.timeoutMs);
  timer.unref();

  req.push = function push(chunk: unknown, encoding?: BufferEncoding): boolean {
    if (chunk === null) {
      clearTimeout(timer);
      if (done) return false;
      done = true;
      req.push = originalPush;
      if (!handedOver) {
        handedOver = true;
        for (const piece of held) originalPush(piece);
        const body = Buffer.concat(held);
        held.length = 0;
        originalPush(null);
        next(body);
        return false;
      }
      return originalPush(null);
    }
    // After a refusal the rest of the body is read and dropped, so the client can read the answer.
    if (done) return true;
    const piece = Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk as string, encoding);
    received += piece.byteLength;
    if (received > limit.maxBytes) {
      done = true;
      clearTimeout(timer);
      held.length = 0;
      if (!handedOver) {
        refuseWith(413, tooLarge(limit));
        return true;
      }
      // Stream mode: the route's reader has the same limit and answers 413 when this chunk reaches it; the
      // connection closes after that answer, and is cut if no answer has started soon.
      res.shouldKeepAlive = false;
      lingerOnClose(req.socket);
      const cut = setTimeout(() => {
        if (!res.headersSent) req.socket.destroy();
      }, 1_000);
      cut.unref();
      return originalPush(piece);
    }
    if (!handedOver) {
      held.push(piece);
      return true;
    }
    return originalPush(piece);
  } as Push;

  if (limit.mode === "stream") next();
}
