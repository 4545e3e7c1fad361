import type { z } from "zod";
import type { CurrentUser } from "@/lib/accounts/types";
import { requireUserOf } from "@/lib/auth/guards";
import { AppError } from "@/lib/errors";
import { type HandlerContext, type HandlerSpec, handler } from "./handler";

// Route handlers for the signed-in customer's own things (/api/account/…): the session is checked before any input
// is read, so a caller without one gets 401 whatever they send, and the user found then is handed to the handler.

type Schema = z.ZodType;
type Infer<S> = S extends Schema ? z.infer<S> : undefined;

export type CustomerHandlerContext<Q, P, B> = HandlerContext<Q, P, B> & { user: CurrentUser };

export function customerHandler<
  Q extends Schema | undefined = undefined,
  P extends Schema | undefined = undefined,
  B extends Schema | undefined = undefined,
>(
  spec: Omit<HandlerSpec<Q, P, B>, "before">,
  fn: (ctx: CustomerHandlerContext<Infer<Q>, Infer<P>, Infer<B>>) => Promise<Response | object>,
) {
  const users = new WeakMap<Request, CurrentUser>();
  const before = async (request: Request) => {
    users.set(request, await requireUserOf(request));
  };
  return handler<Q, P, B>({ ...spec, before }, async (ctx) => {
    const user = users.get(ctx.request);
    if (!user) throw new AppError("unauthenticated", "Log in to continue.");
    return fn({ ...ctx, user });
  });
}
