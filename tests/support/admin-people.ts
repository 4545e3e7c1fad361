import { randomUUID } from "node:crypto";
import type { CurrentUser } from "@/lib/accounts/types";
import { type StaffActor, actorFromSession } from "@/lib/admin/staff-actor";
import type { Db } from "@/lib/db";
import type { Role } from "@/lib/generated/prisma/client";
import { type FormState, idleForm } from "@/lib/http/form-state";

/**
 * An account of its own for a test. The password hash is not a bcrypt hash, so nobody can log in with it unless
 * a test passes one.
 */
export async function createAccount(
  db: Db,
  options: { role?: Role; name?: string; email?: string; passwordHash?: string } = {},
): Promise<CurrentUser> {
  const role = options.role ?? "CUSTOMER";
  return db.user.create({
    data: {
      email: options.email ?? `${role.toLowerCase()}-${randomUUID()}@example.com`,
      name: options.name ?? `Test ${role.toLowerCase()}`,
      role,
      passwordHash: options.passwordHash ?? "no-login",
    },
    select: { id: true, email: true, name: true, role: true },
  });
}

export const actorOf = (user: CurrentUser, overrides: Partial<StaffActor> = {}): StaffActor => ({
  ...actorFromSession(user, randomUUID()),
  ...overrides,
});

/** Form data as a browser would send it. */
export function form(values: Record<string, string>): FormData {
  const data = new FormData();
  for (const [key, value] of Object.entries(values)) data.set(key, value);
  return data;
}

type Action = (state: FormState, formData: FormData) => Promise<FormState>;

const refusals: Record<string, string> = {
  "NEXT_HTTP_ERROR_FALLBACK;401": "unauthenticated",
  "NEXT_HTTP_ERROR_FALLBACK;403": "forbidden",
};

/** The code of what a server action threw: Next.js's unauthorized()/forbidden() by their digest, an AppError by code. */
export function refusalOf(error: unknown): string {
  const { code, digest } = (error ?? {}) as { code?: unknown; digest?: unknown };
  if (typeof digest === "string" && refusals[digest]) return refusals[digest];
  return typeof code === "string" ? code : String(error);
}

/** Runs a server action; a refusal thrown before the form is read comes back as its error code. */
export async function submit(action: Action, values: Record<string, string>): Promise<FormState | { thrown: string }> {
  try {
    return await action(idleForm, form(values));
  } catch (error) {
    return { thrown: refusalOf(error) };
  }
}

/** The audit rows written for an entity, oldest first. */
export function auditRowsFor(db: Db, entityId: string) {
  return db.auditLog.findMany({ where: { entityId }, orderBy: [{ createdAt: "asc" }, { id: "asc" }] });
}
