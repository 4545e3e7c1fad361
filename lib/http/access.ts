import type { CurrentUser } from "@/lib/accounts/types";
import type { StaffActor } from "@/lib/admin/staff-actor";
import type { CartRef } from "@/lib/cart/cart-ref";

// Who may call a route handler or server action, said where it is defined: `auth` in the spec of handler() or
// action(). The wrappers resolve the caller once, before any input is read, and attach the declaration to the
// function they return, so that tests/integration/access-table.test.ts can list every entry point with its access.

/**
 * public: anyone. customer: any signed-in account (the caller's own things). staff: staff or administrators.
 * admin: administrators only.
 */
export type Auth = "public" | "customer" | "staff" | "admin";

/** For staff and admin route handlers: API tokens are accepted, and need this scope (a session always writes). */
export type TokenScope = "read" | "write";

export interface AccessSpec {
  auth: Auth;
  /** Staff routes of the API (/api/admin): accept personal API tokens with this scope, and audit every call. */
  scope?: TokenScope;
  /** Public entry points that act for whoever is shopping: hand over the signed-in user (or null) and the cart. */
  shopper?: boolean;
}

/** What the wrapper hands the handler about the caller, by declared access. */
export type Identity<A extends AccessSpec> = A["auth"] extends "customer"
  ? { user: CurrentUser }
  : A["auth"] extends "staff" | "admin"
    ? { actor: StaffActor }
    : A["shopper"] extends true
      ? { user: CurrentUser | null; cart: CartRef }
      : Record<never, never>;

export interface Declared {
  auth: Auth;
  scope?: TokenScope;
}

const ACCESS = Symbol.for("shop.access");

/** Attaches the declared access to a wrapper's function (read back by accessOf). */
export function declareAccess<F extends object>(fn: F, spec: AccessSpec): F {
  const declared: Declared = spec.scope ? { auth: spec.auth, scope: spec.scope } : { auth: spec.auth };
  Object.defineProperty(fn, ACCESS, { value: declared, enumerable: false });
  return fn;
}

/** The access a route handler or server action was declared with, or undefined for one made without a wrapper. */
export function accessOf(fn: unknown): Declared | undefined {
  if (typeof fn !== "function") return undefined;
  return (fn as { [ACCESS]?: Declared })[ACCESS];
}
