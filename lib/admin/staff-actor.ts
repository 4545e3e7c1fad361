import type { CurrentUser } from "@/lib/accounts/types";
import type { ApiTokenScope, Role } from "@/lib/generated/prisma/client";

/**
 * Who is making a staff change: a staff member in the browser, or an integration using one of their API tokens.
 * Domain functions take this instead of a user so that the audit log and order history can say which.
 */
export interface StaffActor {
  userId: string;
  email: string;
  role: Role;
  /** "staff" for a browser session, "token:<tokenId>" for an API token. */
  via: string;
  /** What the credential may do; a session always writes. */
  scope: ApiTokenScope;
  requestId?: string;
}

export function actorFromSession(user: CurrentUser, requestId?: string): StaffActor {
  return {
    userId: user.id,
    email: user.email,
    role: user.role,
    via: "staff",
    scope: "WRITE",
    ...(requestId ? { requestId } : {}),
  };
}

/** The label stored on order events and stock adjustments, e.g. "staff:<userId>". */
export function actorLabel(actor: StaffActor): string {
  return `staff:${actor.userId}`;
}
