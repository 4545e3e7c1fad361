import type { z } from "zod";
import { AppError } from "@/lib/errors";
import { env } from "@/lib/env";
import { languageFromAcceptLanguage } from "@/lib/i18n/languages";
import { currentRequestId, requestIdFrom } from "@/lib/request-id";
import { withRequestId } from "@/lib/runtime/request-context";
import { type AccessSpec, type Identity, declareAccess } from "./access";
import { bodyLimits } from "./body-limits";
import { errorResponse, toAppError } from "./error-response";
import { decodeUtf8, readBodyBytes } from "./read-body";
import { type RouteCaller, auditApiCall, resolveRouteCaller } from "./route-caller";
import { searchParamsToObject } from "./search-params";

// The one wrapper every route handler goes through: request id, same-origin check for writes, who may call it
// (`auth`, lib/http/access.ts: the caller is resolved once, before any input is read), input parsing with zod
// (query, route params, JSON body), and error mapping. Handlers receive the caller and typed input, and return data.

type Schema = z.ZodType;
type Infer<S> = S extends Schema ? z.infer<S> : undefined;

export interface HandlerSpec<
  Q extends Schema | undefined,
  P extends Schema | undefined,
  B extends Schema | undefined,
> extends AccessSpec {
  query?: Q;
  params?: P;
  body?: B;
  /** Largest accepted JSON body in bytes (at most the API's limit in lib/http/body-limits.ts, the default). */
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

type RouteContext = { params: Promise<Record<string, string | string[] | undefined>> };

const WRITE_METHODS = new Set(["POST", "PUT", "PATCH", "DELETE"]);

/** The shop's server sets x-request-id on every request it passes on; a valid one from elsewhere is kept too. */
export function requestIdOf(request: Request): string {
  return requestIdFrom(request.headers.get("x-request-id") ?? currentRequestId());
}

function assertSameOrigin(request: Request): void {
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
  // Streamed with a cut-off: a body past the limit is refused as soon as it passes, however it is sent.
  const text = decodeUtf8(await readBodyBytes(request, maxBytes));
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new AppError("invalid_input", "The request body is not valid JSON.");
  }
}

export function handler<
  A extends AccessSpec,
  Q extends Schema | undefined = undefined,
  P extends Schema | undefined = undefined,
  B extends Schema | undefined = undefined,
>(
  spec: A & HandlerSpec<Q, P, B>,
  fn: (ctx: HandlerContext<Infer<Q>, Infer<P>, Infer<B>> & Identity<A>) => Promise<Response | object>,
): (request: Request, context: RouteContext) => Promise<Response> {
  return declareAccess((request: Request, context: RouteContext) => {
    const requestId = requestIdOf(request);
    // Log lines written while handling carry the id, also where no server set it up (tests, `next start`).
    return withRequestId(requestId, () => handle(request, context, requestId));
  }, spec);

  async function handle(request: Request, context: RouteContext, requestId: string): Promise<Response> {
    try {
      if (WRITE_METHODS.has(request.method) && !spec.allowCrossSite) assertSameOrigin(request);
      const caller = await resolveRouteCaller(spec, request, requestId);
      return await audited(caller, request, async () => {
        const url = new URL(request.url);
        const query = spec.query ? spec.query.parse(searchParamsToObject(url.searchParams)) : undefined;
        const params = spec.params ? spec.params.parse(await context.params) : undefined;
        const body = spec.body
          ? spec.body.parse(await readJsonBody(request, spec.maxBodyBytes ?? bodyLimits.json.maxBytes))
          : undefined;
        const input = { request, requestId, query, params, body };
        const result = await fn({ ...caller, ...input } as HandlerContext<Infer<Q>, Infer<P>, Infer<B>> & Identity<A>);
        const response = result instanceof Response ? result : Response.json(result);
        response.headers.set("x-request-id", requestId);
        return response;
      });
    } catch (error) {
      return errorResponse(error, requestId, languageFromAcceptLanguage(request.headers.get("accept-language")));
    }
  }

  /** Routes that accept API tokens write every call, refused or not, to the audit log. */
  async function audited(caller: RouteCaller, request: Request, run: () => Promise<Response>): Promise<Response> {
    const actor = spec.scope ? caller.actor : undefined;
    if (!actor) return run();
    try {
      const response = await run();
      await auditApiCall(actor, request, response.status);
      return response;
    } catch (error) {
      await auditApiCall(actor, request, toAppError(error).status).catch(() => undefined);
      throw error;
    }
  }
}
