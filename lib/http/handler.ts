import { randomUUID } from "node:crypto";
import type { z } from "zod";
import { AppError } from "@/lib/errors";
import { env } from "@/lib/env";
import { errorResponse } from "./error-response";

// The one wrapper every route handler goes through: request id, same-origin check for writes, input parsing
// with zod (query, route params, JSON body), and error mapping. Handlers receive typed input and return data.

type Schema = z.ZodType;
type Infer<S> = S extends Schema ? z.infer<S> : undefined;

export interface HandlerSpec<Q extends Schema | undefined, P extends Schema | undefined, B extends Schema | undefined> {
  query?: Q;
  params?: P;
  body?: B;
  /** Largest accepted JSON body in bytes. */
  maxBodyBytes?: number;
  /** Webhooks are called by other sites and verify a signature instead. */
  allowCrossSite?: boolean;
}

export interface HandlerContext<Q, P, B> {
  request: Request;
  requestId: string;
  query: Q;
  params: P;
  body: B;
}

export type RouteContext = { params: Promise<Record<string, string | string[] | undefined>> };

const REQUEST_ID = /^[\w-]{8,64}$/;
const WRITE_METHODS = new Set(["POST", "PUT", "PATCH", "DELETE"]);

export const isWrite = (request: Request) => WRITE_METHODS.has(request.method);

export function requestIdOf(request: Request): string {
  const given = request.headers.get("x-request-id");
  return given && REQUEST_ID.test(given) ? given : randomUUID();
}

/** Query string → object; a repeated key becomes an array so a schema expecting one value rejects it. */
export function searchParamsToObject(params: URLSearchParams): Record<string, string | string[]> {
  const out: Record<string, string | string[]> = {};
  for (const [key, value] of params) {
    const prev = out[key];
    out[key] = prev === undefined ? value : Array.isArray(prev) ? [...prev, value] : [prev, value];
  }
  return out;
}

export function assertSameOrigin(request: Request): void {
  const site = request.headers.get("sec-fetch-site");
  if (site && site !== "same-origin" && site !== "none") {
    throw new AppError("forbidden", "Cross-site requests are not allowed.");
  }
  const origin = request.headers.get("origin");
  if (origin && origin !== new URL(env.PUBLIC_BASE_URL).origin && origin !== new URL(request.url).origin) {
    throw new AppError("forbidden", "Cross-site requests are not allowed.");
  }
}

async function readJsonBody(request: Request, maxBytes: number): Promise<unknown> {
  const type = request.headers.get("content-type") ?? "";
  if (!/^application\/json\b/i.test(type)) {
    throw new AppError("unsupported_media_type", "Send the request body as application/json.");
  }
  const declared = Number(request.headers.get("content-length") ?? "0");
  if (declared > maxBytes)
    throw new AppError("payload_too_large", `The request body is larger than ${maxBytes} bytes.`);
  const text = await request.text();
  if (Buffer.byteLength(text) > maxBytes) {
    throw new AppError("payload_too_large", `The request body is larger than ${maxBytes} bytes.`);
  }
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new AppError("invalid_input", "The request body is not valid JSON.");
  }
}

/** Query, route params and JSON body, each through its schema (a ZodError becomes a 400). */
export async function parseRequest<
  Q extends Schema | undefined,
  P extends Schema | undefined,
  B extends Schema | undefined,
>(
  spec: HandlerSpec<Q, P, B>,
  request: Request,
  context: RouteContext,
): Promise<{ query: Infer<Q>; params: Infer<P>; body: Infer<B> }> {
  const url = new URL(request.url);
  const query = spec.query ? spec.query.parse(searchParamsToObject(url.searchParams)) : undefined;
  const params = spec.params ? spec.params.parse(await context.params) : undefined;
  const body = spec.body ? spec.body.parse(await readJsonBody(request, spec.maxBodyBytes ?? 64 * 1024)) : undefined;
  return { query: query as Infer<Q>, params: params as Infer<P>, body: body as Infer<B> };
}

/** A handler's result as the response: data becomes JSON; every response carries the request id. */
export function toResponse(result: Response | object, requestId: string): Response {
  const response = result instanceof Response ? result : Response.json(result);
  response.headers.set("x-request-id", requestId);
  return response;
}

export function handler<
  Q extends Schema | undefined = undefined,
  P extends Schema | undefined = undefined,
  B extends Schema | undefined = undefined,
>(
  spec: HandlerSpec<Q, P, B>,
  fn: (ctx: HandlerContext<Infer<Q>, Infer<P>, Infer<B>>) => Promise<Response | object>,
): (request: Request, context: RouteContext) => Promise<Response> {
  return async (request, context) => {
    const requestId = requestIdOf(request);
    try {
      if (isWrite(request) && !spec.allowCrossSite) assertSameOrigin(request);
      return toResponse(await fn({ request, requestId, ...(await parseRequest(spec, request, context)) }), requestId);
    } catch (error) {
      return errorResponse(error, requestId);
    }
  };
}
