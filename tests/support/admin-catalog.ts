import { randomUUID } from "node:crypto";
import type { CurrentUser } from "@/lib/accounts/types";
import { type StaffActor, actorFromSession } from "@/lib/admin/staff-actor";
import type { Db } from "@/lib/db";
import { testAccounts } from "./accounts";

// Shared by the catalog administration tests: who acts, a category of the test's own, and request helpers.

export const customerUser: CurrentUser = { id: randomUUID(), email: "c@example.com", name: "C", role: "CUSTOMER" };

/** The seeded administrator, as a session user (a real row, so API tokens can belong to it). */
export async function adminUser(db: Db): Promise<CurrentUser> {
  const user = await db.user.findUniqueOrThrow({ where: { email: testAccounts.adminEmail } });
  return { id: user.id, email: user.email, name: user.name, role: user.role };
}

export const actorOf = (user: CurrentUser): StaffActor => actorFromSession(user, randomUUID());

/** A category only this test uses, so archiving or counting in it touches nobody else's data. */
export async function ownCategory(db: Db, label = "Test") {
  const suffix = randomUUID().slice(0, 8);
  return db.category.create({
    data: { slug: `${label.toLowerCase()}-${suffix}`, name: `${label} ${suffix}`, position: 900 },
  });
}

export const suffix = () => randomUUID().slice(0, 8);

/** A request with a JSON body, as a route handler receives it. */
export function jsonBody(method: string, body: unknown, headers: Record<string, string> = {}): RequestInit {
  return {
    method,
    headers: { "content-type": "application/json", ...headers },
    body: typeof body === "string" ? body : JSON.stringify(body),
  };
}

export const bearer = (secret: string) => ({ authorization: `Bearer ${secret}` });

/** The audit rows written for one entity, oldest first. */
export function auditOf(db: Db, entityId: string, action?: string) {
  return db.auditLog.findMany({
    where: { entityId, ...(action ? { action } : {}) },
    orderBy: { createdAt: "asc" },
  });
}

/**
 * Takes a test's own categories and their products off the storefront when the test file ends: other test files
 * share the database and expect every category the shop lists to be one of the demo catalog's, with its pictures.
 */
export async function retireCategories(db: Db, categoryIds: string[]): Promise<void> {
  await db.product.updateMany({ where: { categoryId: { in: categoryIds } }, data: { status: "ARCHIVED" } });
  await db.category.updateMany({ where: { id: { in: categoryIds } }, data: { archived: true } });
}
