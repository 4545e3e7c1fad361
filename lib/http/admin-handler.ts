import type { z } from "zod";
import { type StaffActor, actorFromSession } from "@/lib/admin/staff-actor";
import { authenticateApiToken } from "@/lib/api-tokens/authenticate-api-token";
import { recordAudit } from "@/lib/audit/record-audit";
import { requireStaff } from "@/lib/auth/guards";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import {
  type HandlerContext,
  type HandlerSpec,
  type RouteContext,
  assertSameOrigin,
  isWrite,
  parseRequest,
  requestIdOf,
  toResponse,
} from "./handler";
import { errorResponse, toAppError } from "./error-response";

// Route handlers under /api/admin: a staff session or a personal API token ("Authorization: Bearer shop_…"),
// the token's scope checked against what the route does, and every call written to the audit log.

type Schema = z.ZodType;
type Infer<S> = S extends Schema ? z.infer<S> : undefined;

export interface AdminHandlerSpec<
  Q extends Schema | undefined,
  P extends Schema | undefined,
  B extends Schema | undefined,
> extends HandlerSpec<Q, P, B> {
  /** "write" routes refuse read-only tokens. */
  access: "read" | "write";
  /** Routes only administrators may use (staff accounts and roles). */
  adminOnly?: boolean;
}

export type AdminHandlerContext<Q, P, B> = HandlerContext<Q, P, B> & { actor: StaffActor };

export async function staffActorFor(request: Request, requestId: string): Promise<StaffActor> {
  const authorization = request.headers.get("authorization");
  if (authorization !== null) {
    const match = /^Bearer (\S+)$/i.exec(authorization.trim());
    if (!match?.[1]) throw new AppError("unauthenticated", "Send the API token as 'Authorization: Bearer <token>'.");
    return authenticateApiToken(db, match[1], requestId);
  }
  return actorFromSession(await requireStaff(), requestId);
}

/**
 * Who is calling is settled before anything of the request is read: an anonymous caller or a customer gets 401/403
 * whatever they send, never a validation error that would describe the route.
 */
export function adminHandler<
  Q extends Schema | undefined = undefined,
  P extends Schema | undefined = undefined,
  B extends Schema | undefined = undefined,
>(
  spec: AdminHandlerSpec<Q, P, B>,
  fn: (ctx: AdminHandlerContext<Infer<Q>, Infer<P>, Infer<B>>) => Promise<Response | object>,
): (request: Request, context: RouteContext) => Promise<Response> {
  return async (request, context) => {
    const requestId = requestIdOf(request);
    let audit: ((status: number) => Promise<void>) | null = null;
    try {
      if (isWrite(request) && !spec.allowCrossSite) assertSameOrigin(request);
      const actor = await staffActorFor(request, requestId);
      const url = new URL(request.url);
      audit = (status: number) =>
        recordAudit(db, actor, {
          action: "api.request",
          entityType: "api",
          entityId: url.pathname,
          after: { method: request.method, status, query: url.search || undefined },
        });
      if (spec.access === "write" && actor.scope !== "WRITE") {
        throw new AppError("forbidden", "This API token may only read.");
      }
      if (spec.adminOnly && actor.role !== "ADMIN") throw new AppError("forbidden", "Administrators only.");
      const input = await parseRequest(spec, request, context);
      const response = toResponse(await fn({ request, requestId, ...input, actor }), requestId);
      await audit(response.status);
      return response;
    } catch (error) {
      await audit?.(toAppError(error).status).catch(() => undefined);
      return errorResponse(error, requestId);
    }
  };
}
