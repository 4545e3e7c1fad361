import type { z } from "zod";
import type { StaffActor } from "@/lib/admin/staff-actor";
import type { TokenScope } from "./access";
import { type HandlerContext, type HandlerSpec, handler } from "./handler";

// The staff API (/api/admin): handler() with staff access that also accepts personal API tokens
// ("Authorization: Bearer shop_…") of the scope the route needs, and writes every call to the audit log.

type Schema = z.ZodType;
type Infer<S> = S extends Schema ? z.infer<S> : undefined;

export interface AdminHandlerSpec<
  Q extends Schema | undefined,
  P extends Schema | undefined,
  B extends Schema | undefined,
> extends Omit<HandlerSpec<Q, P, B>, "auth" | "scope" | "shopper"> {
  /** "write" routes refuse read-only tokens. */
  access: TokenScope;
  /** Routes only administrators may use (staff accounts and roles). */
  adminOnly?: boolean;
}

export type AdminHandlerContext<Q, P, B> = HandlerContext<Q, P, B> & { actor: StaffActor };

export function adminHandler<
  Q extends Schema | undefined = undefined,
  P extends Schema | undefined = undefined,
  B extends Schema | undefined = undefined,
>(
  { access, adminOnly, ...spec }: AdminHandlerSpec<Q, P, B>,
  fn: (ctx: AdminHandlerContext<Infer<Q>, Infer<P>, Infer<B>>) => Promise<Response | object>,
) {
  const auth = adminOnly ? ("admin" as const) : ("staff" as const);
  return handler<{ auth: typeof auth; scope: TokenScope }, Q, P, B>({ ...spec, auth, scope: access }, fn);
}
