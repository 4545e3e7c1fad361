import type { z } from "zod";
import type { CurrentUser } from "@/lib/accounts/types";
import { type HandlerContext, type HandlerSpec, handler } from "./handler";

// The signed-in customer's own things (/api/account/…): handler() with customer access, so a caller without a
// session gets 401 whatever they send, and the user found then is handed to the handler.

type Schema = z.ZodType;
type Infer<S> = S extends Schema ? z.infer<S> : undefined;

export type CustomerHandlerContext<Q, P, B> = HandlerContext<Q, P, B> & { user: CurrentUser };

export function customerHandler<
  Q extends Schema | undefined = undefined,
  P extends Schema | undefined = undefined,
  B extends Schema | undefined = undefined,
>(
  spec: Omit<HandlerSpec<Q, P, B>, "auth" | "scope" | "shopper">,
  fn: (ctx: CustomerHandlerContext<Infer<Q>, Infer<P>, Infer<B>>) => Promise<Response | object>,
) {
  return handler<{ auth: "customer" }, Q, P, B>({ ...spec, auth: "customer" }, fn);
}
