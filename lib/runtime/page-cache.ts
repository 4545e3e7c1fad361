import { createHash } from "node:crypto";
import type { IncomingMessage, ServerResponse } from "node:http";
import { gunzipSync, inflateSync } from "node:zlib";
import type { Subscription } from "@/lib/db/listen";
import { sharedListen } from "@/lib/db/shared-listen";
import { compress, preferredEncoding } from "@/lib/http/content-encoding";
import { currentPageRecord, mayStore } from "@/lib/http/page-render-record";

// A full-page cache for what anonymous shoppers see most: product, category and home pages. Pages render per
// request because of the CSP nonce and the cart count; for a visitor with no session and no cart both are the
// same for everyone, so the HTML can be kept and served without rendering.
//
// - Fail closed: a page is stored only when its render asked for it (allowPageCache in
//   lib/http/page-render-record.ts) and read nothing a visitor sent: a cookie that was present, or the headers,
//   make it personal (every read goes through lib/http/request-cookies.ts). Cookies the render looked for and did
//   not find (session, cart) are kept with the page; a request that carries one of them is rendered anew.
// - Only GET/HEAD document requests with no RSC/router headers are looked up or captured; the rest goes to Next.js
//   untouched.
// - A stored page cannot reuse its nonce (a nonce must be unique per response), so its CSP lists the SHA-256 of
//   each inline script instead: the same scripts run, nothing else inline can.
// - Invalidation follows the catalog cache's, on the same LISTEN connection (lib/db/shared-listen.ts): database
//   triggers NOTIFY `catalog_changed` on every committed change ("product:<id>" or "all"); a product's pages go at
//   once, listing pages on any change. While the connection is down nothing is stored or served, and everything is
//   dropped on (re)connect. A page whose render overlapped a change is not stored. Entries also expire after
//   MAX_AGE_MS as a backstop.
// - Stored gzip and brotli, so a hit costs a Map lookup and a socket write. Not uncompressed as well: that copy was
//   three quarters of an entry (a product page is ~72 KB, ~14 KB gzip), and a client that accepts neither encoding
//   (rare: browsers send both) gets the gzip copy decoded.

const CHANNEL = "catalog_changed";
const MAX_AGE_MS = 15_000;
// Bounded by bytes, not entries: a shop's memory budget matters more than how many pages fit in it.
const MAX_TOTAL_BYTES = 48 * 1024 * 1024;
const MAX_PAGE_BYTES = 1_500_000;
const MAX_KEY_LENGTH = 2_000;
const ROUTER_HEADERS = ["rsc", "next-router-state-tree", "next-router-prefetch", "next-action", "next-url"];
// Headers that describe one transfer, not the page.
const TRANSFER_HEADERS = new Set([
  "content-length",
  "content-encoding",
  "transfer-encoding",
  "connection",
  "keep-alive",
  "date",
  "set-cookie",
  "content-security-policy",
  "x-request-id",
]);

interface Entry {
  headers: [string, string][];
  csp: string;
  gzip: Buffer;
  brotli: Buffer;
  productId: string | null;
  /** Cookies the render looked for and did not find; a request carrying any of them is not served this page. */
  absentCookies: ReadonlySet<string>;
  storedAt: number;
}

/** The cache key of a request it may answer or capture, or null when the request goes to Next.js untouched. */
export function cacheKey(req: Pick<IncomingMessage, "method" | "url" | "headers">): string | null {
  if (req.method !== "GET" && req.method !== "HEAD") return null;
  if (ROUTER_HEADERS.some((name) => req.headers[name] !== undefined)) return null;
  const url = req.url ?? "/";
  return url.startsWith("/") && url.length <= MAX_KEY_LENGTH ? url : null;
}

/**
 * The page as sent, decoded from the encoding Next.js compressed it with (gzip or deflate); null for another
 * encoding, or past the largest page stored.
 */
export function decodedBody(body: Buffer, encoding: unknown): Buffer | null {
  const options = { maxOutputLength: MAX_PAGE_BYTES };
  try {
    if (encoding === undefined) return body;
    if (encoding === "gzip") return gunzipSync(body, options);
    if (encoding === "deflate") return inflateSync(body, options);
  } catch {
    // Larger than a stored page may be, or not decodable: served as it is, not stored.
  }
  return null;
}

/** The names of the cookies a Cookie header carries. */
export function cookieNames(header: string | undefined): Set<string> {
  const names = new Set<string>();
  for (const part of (header ?? "").split(";")) {
    const name = part.split("=")[0]?.trim();
    if (name) names.add(name);
  }
  return names;
}

/** A stored page is for requests without any of the cookies whose absence its render relied on. */
export function fitsRequest(absentCookies: ReadonlySet<string>, cookieHeader: string | undefined): boolean {
  if (absentCookies.size === 0 || !cookieHeader) return true;
  for (const name of cookieNames(cookieHeader)) if (absentCookies.has(name)) return false;
  return true;
}

/** The inline scripts' hashes in CSP source syntax. Scripts with src are covered by 'self'. */
export function inlineScriptHashes(html: string): string[] {
  const hashes = new Set<string>();
  for (const match of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)) {
    const [, attributes = "", body = ""] = match;
    if (/\bsrc\s*=/i.test(attributes) || body === "") continue;
    hashes.add(`'sha256-${createHash("sha256").update(body, "utf8").digest("base64")}'`);
  }
  return [...hashes];
}

/** The page's CSP with its nonce (and 'strict-dynamic', which would disable 'self') replaced by script hashes. */
export function hashedPolicy(policy: string, hashes: readonly string[]): string | null {
  let replaced = false;
  const directives = policy.split(";").map((directive) => {
    const parts = directive.trim().split(/\s+/);
    if (parts[0] !== "script-src") return directive.trim();
    replaced = true;
    const kept = parts.slice(1).filter((source) => !source.startsWith("'nonce-") && source !== "'strict-dynamic'");
    return ["script-src", ...kept, ...hashes].join(" ");
  });
  return replaced ? directives.join("; ") : null;
}

function chunkToBuffer(chunk: unknown, encoding: unknown): Buffer | null {
  if (typeof chunk === "string")
    return Buffer.from(chunk, typeof encoding === "string" ? (encoding as BufferEncoding) : "utf8");
  if (chunk instanceof Uint8Array) return Buffer.from(chunk);
  return null;
}

const entrySize = (entry: Entry) => entry.gzip.length + entry.brotli.length;

export class PageCache {
  private readonly entries = new Map<string, Entry>();
  private bytes = 0;
  private readonly subscription: Subscription;
  /** Bumped by every change notification and (re)connect: a render that spans a bump is not stored. */
  private generation = 0;

  constructor(connectionString: string) {
    this.subscription = sharedListen(connectionString, CHANNEL, {
      onNotification: (payload) => this.invalidate(payload),
      onConnect: () => this.clear(),
      onDisconnect: () => this.clear(),
    });
  }

  /**
   * Serves the request from the cache, or lets `render` handle it and stores the result when it may. Runs inside
   * the request's context (lib/runtime/request-context.ts), whose render record says whether it may.
   */
  handle(req: IncomingMessage, res: ServerResponse, render: () => void): void {
    const key = this.subscription.connected ? cacheKey(req) : null;
    if (!key) {
      render();
      return;
    }
    const entry = this.entries.get(key);
    if (entry && Date.now() - entry.storedAt < MAX_AGE_MS && fitsRequest(entry.absentCookies, req.headers.cookie)) {
      this.serve(req, res, entry);
      return;
    }
    this.capture(key, req, res);
    render();
  }

  async close(): Promise<void> {
    await this.subscription.close();
  }

  private invalidate(payload: string): void {
    this.generation++;
    const productId = payload.startsWith("product:") ? payload.slice("product:".length) : null;
    if (!productId) {
      this.clear();
      return;
    }
    // A product change can move it in or out of every listing; product pages of other products stay.
    for (const [key, entry] of this.entries) {
      if (entry.productId === null || entry.productId === productId) this.remove(key);
    }
  }

  private clear(): void {
    this.generation++;
    this.entries.clear();
    this.bytes = 0;
  }

  private remove(key: string): void {
    const entry = this.entries.get(key);
    if (!entry) return;
    this.entries.delete(key);
    this.bytes -= entrySize(entry);
  }

  private serve(req: IncomingMessage, res: ServerResponse, entry: Entry): void {
    const encoding = preferredEncoding(req.headers["accept-encoding"]);
    const body = encoding === "br" ? entry.brotli : encoding === "gzip" ? entry.gzip : gunzipSync(entry.gzip);
    for (const [name, value] of entry.headers) res.setHeader(name, value);
    res.setHeader("content-security-policy", entry.csp);
    res.setHeader("x-page-cache", "hit");
    if (encoding) res.setHeader("content-encoding", encoding);
    res.setHeader("content-length", body.length);
    res.statusCode = 200;
    res.end(req.method === "HEAD" ? undefined : body);
  }

  /** Records what Next.js writes; stores it after the response ends if nothing made it personal or stale. */
  private capture(key: string, req: IncomingMessage, res: ServerResponse): void {
    const generation = this.generation;
    const record = currentPageRecord();
    // The response goes out as Next.js sends it, compressed if the client asked; what is stored is decoded from it.
    res.setHeader("x-page-cache", "miss");
    if (req.method === "HEAD") return;
    const chunks: Buffer[] = [];
    let size = 0;
    const collect = (chunk: unknown, encoding: unknown) => {
      const buffer = chunkToBuffer(chunk, encoding);
      if (!buffer) return;
      size += buffer.length;
      if (size <= MAX_PAGE_BYTES) chunks.push(buffer);
    };
    const write = res.write.bind(res) as (...args: unknown[]) => boolean;
    const end = res.end.bind(res) as (...args: unknown[]) => ServerResponse;
    res.write = ((...args: unknown[]) => {
      collect(args[0], args[1]);
      return write(...args);
    }) as ServerResponse["write"];
    res.end = ((...args: unknown[]) => {
      if (typeof args[0] !== "function") collect(args[0], args[1]);
      return end(...args);
    }) as ServerResponse["end"];
    res.once("finish", () => {
      if (!mayStore(record)) return;
      if (res.statusCode !== 200 || size > MAX_PAGE_BYTES || generation !== this.generation) return;
      if (res.getHeader("set-cookie") !== undefined) return;
      if (!String(res.getHeader("content-type") ?? "").startsWith("text/html")) return;
      const html = decodedBody(Buffer.concat(chunks), res.getHeader("content-encoding"));
      if (html) this.store(key, record.productId, new Set(record.absentCookies), generation, html, res);
    });
  }

  private store(
    key: string,
    productId: string | null,
    absentCookies: ReadonlySet<string>,
    generation: number,
    html: Buffer,
    res: ServerResponse,
  ): void {
    const csp = hashedPolicy(
      String(res.getHeader("content-security-policy") ?? ""),
      inlineScriptHashes(html.toString("utf8")),
    );
    if (!csp) return;
    if (generation !== this.generation) return;
    const headers: [string, string][] = [];
    for (const [name, value] of Object.entries(res.getHeaders())) {
      if (value === undefined || TRANSFER_HEADERS.has(name) || name === "x-page-cache") continue;
      headers.push([name, Array.isArray(value) ? value.join(", ") : String(value)]);
    }
    const entry: Entry = {
      headers,
      csp,
      gzip: compress(html, "gzip"),
      brotli: compress(html, "br"),
      productId,
      absentCookies,
      storedAt: Date.now(),
    };
    this.remove(key);
    this.entries.set(key, entry);
    this.bytes += entrySize(entry);
    // Oldest first: a Map iterates in insertion order.
    for (const oldest of this.entries.keys()) {
      if (this.bytes <= MAX_TOTAL_BYTES) break;
      this.remove(oldest);
    }
  }
}
