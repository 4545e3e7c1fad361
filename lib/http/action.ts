import { randomUUID } from "node:crypto";
import { forbidden, unauthorized } from "next/navigation";
import type { z } from "zod";
import { actorFromSession } from "@/lib/admin/staff-actor";
import { getCurrentUser } from "@/lib/auth/current-user";
import { requireAdmin, requireStaff, requireUser } from "@/lib/auth/guards";
import { AppError } from "@/lib/errors";
import { currentLanguage } from "@/lib/i18n/request-language";
import { log } from "@/lib/log";
import { type AccessSpec, type Identity, declareAccess } from "./access";
import { localizedError } from "./error-response";
import type { FormState } from "./form-state";
import type { RouteCaller } from "./route-caller";
import { runFormAction } from "./run-form-action";
import { cartRefFor } from "./shopper";

// The one wrapper every server action goes through: `auth` says who may call it (lib/http/access.ts), and the caller
// is resolved once, before the form is read. A refusal ends the action with 401 or 403 (Next.js's unauthorized() /
// forbidden()), not with an error that would answer 500; only a customer's form says "log in" as form state. With a `schema`, the form is parsed with it and every
// failure becomes form state for useActionState (runFormAction); without one, the action takes its own arguments.

/** Server actions are called from the shop's own pages with a session: API tokens play no part. */
export type ActionAccess = Omit<AccessSpec, "scope">;

async function resolveActionCaller(spec: ActionAccess): Promise<RouteCaller> {
  switch (spec.auth) {
    case "staff":
      return { actor: actorFromSession(await requireStaff(), randomUUID()) };
    case "admin":
      return { actor: actorFromSession(await requireAdmin(), randomUUID()) };
    case "customer":
      return { user: await requireUser() };
    case "public": {
      if (!spec.shopper) return {};
      const user = await getCurrentUser();
      return { user, cart: await cartRefFor(user) };
    }
  }
}

const isRefusal = (error: unknown): error is AppError =>
  error instanceof AppError && (error.code === "unauthenticated" || error.code === "forbidden");

/** Ends the action with 401 or 403. */
function refuse(error: AppError): never {
  log.warn("server action refused", { reason: error.message });
  if (error.code === "unauthenticated") unauthorized();
  forbidden();
}

/**
 * The form state an action answers: FormState, plus (optional) whatever extra fields `fn`'s success state carries,
 * e.g. a new token's secret. The errors runFormAction returns are plain FormState, valid for it too.
 */
type FormStateOf<R> = [Exclude<R, void>] extends [never]
  ? FormState
  : FormState & Partial<Omit<Exclude<R, void>, keyof FormState>>;

/**
 * A form action for useActionState: the form parsed with `schema`, handed to `fn` with the caller (and the form
 * itself, for the few fields a schema leaves to the action, such as the id of the thing being edited).
 */
export function action<A extends ActionAccess, S extends z.ZodType, R extends FormState | void>(
  spec: A & { schema: S },
  fn: (input: z.infer<S>, ctx: Identity<A> & { formData: FormData }) => Promise<R>,
): (state: FormStateOf<R>, formData: FormData) => Promise<FormStateOf<R>>;
/** Any other action (a plain form post, a button): `fn` gets the caller and the action's own arguments. */
export function action<A extends ActionAccess, Args extends unknown[], R>(
  spec: A & { schema?: undefined },
  fn: (ctx: Identity<A>, ...args: Args) => Promise<R>,
): (...args: Args) => Promise<R>;
export function action(
  spec: ActionAccess & { schema?: z.ZodType },
  fn: (...args: never[]) => Promise<unknown>,
): (...args: never[]) => Promise<unknown> {
  const run = fn as (...args: unknown[]) => Promise<unknown>;
  const { schema } = spec;
  const wrapped = schema
    ? async (_state: unknown, formData: FormData) => {
        let caller: RouteCaller;
        try {
          caller = await resolveActionCaller(spec);
        } catch (error) {
          if (!isRefusal(error)) throw error;
          // A customer whose session has lapsed is told so in the form, where the page offers to log in again.
          if (spec.auth !== "customer") refuse(error);
          const language = await currentLanguage();
          return { status: "error", message: localizedError(error, language).message } satisfies FormState;
        }
        return runFormAction(
          schema,
          formData,
          (input) => run(input, { ...caller, formData }) as Promise<FormState | void>,
        );
      }
    : async (...args: unknown[]) => {
        const caller = await resolveActionCaller(spec).catch((error: unknown) => {
          if (isRefusal(error)) refuse(error);
          throw error;
        });
        return run(caller, ...args);
      };
  return declareAccess(wrapped, spec);
}
