import { requireWrite } from "@/lib/admin/require-write";
import { type StaffActor, actorFromSession } from "@/lib/admin/staff-actor";
import { authenticateApiToken } from "@/lib/api-tokens/authenticate-api-token";
import { recordAudit } from "@/lib/audit/record-audit";
import type { CurrentUser } from "@/lib/accounts/types";
import type { CartRef } from "@/lib/cart/cart-ref";
import { requireAdmin, requireStaff, requireUser } from "@/lib/auth/guards";
import { getCurrentUser } from "@/lib/auth/current-user";
import { requireAdministrator } from "@/lib/auth/roles";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { AccessSpec } from "./access";
import { toAppError } from "./error-response";
import { cartRefFor } from "./shopper";

// Who is calling a route handler, settled from the Request once, before its input is read: a caller who may not use
// the route learns nothing from validation errors.

/** What the route is handed about its caller; which fields are set follows the declared access (Identity). */
export interface RouteCaller {
  user?: CurrentUser | null;
  cart?: CartRef;
  actor?: StaffActor;
}

/** A staff session, or with `scope` a personal API token ("Authorization: Bearer shop_…"). */
async function staffActorFor(spec: AccessSpec, request: Request, requestId: string): Promise<StaffActor> {
  const authorization = request.headers.get("authorization");
  if (spec.scope && authorization !== null) {
    const match = /^Bearer (\S+)$/i.exec(authorization.trim());
    if (!match?.[1]) throw new AppError("unauthenticated", "Send the API token as 'Authorization: Bearer <token>'.");
    const actor = await authenticateApiToken(db, match[1], requestId);
    try {
      if (spec.scope === "write") requireWrite(actor);
      if (spec.auth === "admin") requireAdministrator(actor);
    } catch (error) {
      await auditApiCall(actor, request, toAppError(error).status).catch(() => undefined);
      throw error;
    }
    return actor;
  }
  const user = spec.auth === "admin" ? await requireAdmin(request) : await requireStaff(request);
  return actorFromSession(user, requestId);
}

export async function resolveRouteCaller(spec: AccessSpec, request: Request, requestId: string): Promise<RouteCaller> {
  switch (spec.auth) {
    case "staff":
    case "admin":
      return { actor: await staffActorFor(spec, request, requestId) };
    case "customer":
      return { user: await requireUser(request) };
    case "public": {
      if (!spec.shopper) return {};
      const user = await getCurrentUser(request);
      return { user, cart: await cartRefFor(user, request) };
    }
  }
}

/** Every call of the staff API (routes declared with a token scope) goes to the audit log with its status. */
export function auditApiCall(actor: StaffActor, request: Request, status: number): Promise<unknown> {
  const url = new URL(request.url);
  return recordAudit(db, actor, {
    action: "api.request",
    entityType: "api",
    entityId: url.pathname,
    after: { method: request.method, status, query: url.search || undefined },
  });
}
