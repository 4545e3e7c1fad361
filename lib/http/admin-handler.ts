import type { z } from "zod";
import { requireWrite } from "@/lib/admin/require-write";
import { type StaffActor, actorFromSession } from "@/lib/admin/staff-actor";
import { authenticateApiToken } from "@/lib/api-tokens/authenticate-api-token";
import { recordAudit } from "@/lib/audit/record-audit";
import { requireStaff } from "@/lib/auth/guards";
import { requireAdministrator } from "@/lib/auth/roles";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { type HandlerContext, type HandlerSpec, handler } from "./handler";
import { toAppError } from "./error-response";

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

export function adminHandler<
  Q extends Schema | undefined = undefined,
  P extends Schema | undefined = undefined,
  B extends Schema | undefined = undefined,
>(
  spec: AdminHandlerSpec<Q, P, B>,
  fn: (ctx: AdminHandlerContext<Infer<Q>, Infer<P>, Infer<B>>) => Promise<Response | object>,
) {
  // Who is calling, and whether they may, is settled before the query, params or body are read; the actor found
  // then is handed to the handler for the same request.
  const actors = new WeakMap<Request, StaffActor>();
  const audit = (actor: StaffActor, request: Request, status: number) => {
    const url = new URL(request.url);
    return recordAudit(db, actor, {
      action: "api.request",
      entityType: "api",
      entityId: url.pathname,
      after: { method: request.method, status, query: url.search || undefined },
    });
  };
  const before = async (request: Request, requestId: string) => {
    const actor = await staffActorFor(request, requestId);
    try {
      if (spec.access === "write") requireWrite(actor);
      if (spec.adminOnly) requireAdministrator(actor);
    } catch (error) {
      await audit(actor, request, toAppError(error).status).catch(() => undefined);
      throw error;
    }
    actors.set(request, actor);
  };
  return handler<Q, P, B>({ ...spec, before }, async (ctx) => {
    const actor = actors.get(ctx.request);
    if (!actor) throw new AppError("unauthenticated", "Log in to continue.");
    try {
      const result = await fn({ ...ctx, actor });
      await audit(actor, ctx.request, result instanceof Response ? result.status : 200);
      return result;
    } catch (error) {
      await audit(actor, ctx.request, toAppError(error).status).catch(() => undefined);
      throw error;
    }
  });
}
