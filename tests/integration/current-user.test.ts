import { afterAll, describe, expect, inject, it } from "vitest";
import { endAllSessions } from "@/lib/accounts/end-all-sessions";
import { getCurrentUser } from "@/lib/auth/current-user";
import { SESSION_COOKIE, issueSessionToken } from "@/lib/auth/session-token";
import { createDb } from "@/lib/db/client";
import { testAccounts } from "../support/accounts";

const db = createDb(inject("databaseUrl"), 2);
afterAll(() => db.$disconnect());

const requestWith = (cookie?: string) =>
  new Request("http://localhost:3000/api/cart", { headers: cookie ? { cookie } : {} });

describe("getCurrentUser with a Request", () => {
  it("reads a valid session among other cookies, and refuses missing, forged and ended ones", async () => {
    const admin = await db.user.findUniqueOrThrow({ where: { email: testAccounts.adminEmail } });
    // The seeded administrator has two-factor sign-in: a session opened with the second factor.
    const claims = { userId: admin.id, sessionVersion: admin.sessionVersion, secondFactor: true };
    const token = await issueSessionToken(claims);
    const cookie = `cart=abc; ${SESSION_COOKIE}=${token}; theme=dark`;
    expect(await getCurrentUser(requestWith(cookie))).toEqual({
      id: admin.id,
      email: admin.email,
      name: admin.name,
      role: "ADMIN",
    });
    expect(await getCurrentUser(requestWith())).toBeNull();
    expect(await getCurrentUser(requestWith(`${SESSION_COOKIE}=forged`))).toBeNull();
    // The same session without the second factor is refused for an account that has it.
    const passwordOnly = await issueSessionToken({ ...claims, secondFactor: false });
    expect(await getCurrentUser(requestWith(`${SESSION_COOKIE}=${passwordOnly}`))).toBeNull();
    await endAllSessions(db, admin.id);
    expect(await getCurrentUser(requestWith(cookie))).toBeNull();
  });
});
