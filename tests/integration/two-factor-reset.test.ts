import { Secret, TOTP } from "otpauth";
import { afterAll, beforeAll, describe, expect, inject, it, vi } from "vitest";
import type { CurrentUser } from "@/lib/accounts/types";
import { userForSession } from "@/lib/accounts/user-for-session";
import { readSessionToken, issueSessionToken } from "@/lib/auth/session-token";
import { createDb } from "@/lib/db/client";
import { confirmEnrolment } from "@/lib/two-factor/confirm-enrolment";
import { afterPassword } from "@/lib/two-factor/sign-in-step";
import { issueTrustedDeviceToken } from "@/lib/two-factor/sign-in-tokens";
import { startEnrolment } from "@/lib/two-factor/start-enrolment";
import { resetTwoFactorAction } from "@/app/admin/staff/actions";
import { auditRowsFor, createAccount, submit } from "../support/admin-people";

// An administrator resets someone else's second factor (a person who lost their phone and recovery codes): the
// secret, the recovery codes and the remembered devices stop working, sessions end, the person is e-mailed, and it is
// audited. Staff who are not administrators, and an administrator acting on their own account, are refused.

const session = vi.hoisted(() => ({ user: null as CurrentUser | null }));
vi.mock("@/lib/auth/current-user", () => ({ getCurrentUser: () => Promise.resolve(session.user) }));
vi.mock("next/cache", () => ({ revalidatePath: () => undefined }));

const db = createDb(inject("databaseUrl"), 4);
let admin: CurrentUser;
let staff: CurrentUser;
beforeAll(async () => {
  admin = await createAccount(db, { role: "ADMIN" });
  staff = await createAccount(db, { role: "STAFF" });
});
afterAll(() => db.$disconnect());

const codeAt = (secret: string, timestamp = Date.now()) =>
  new TOTP({ secret: Secret.fromBase32(secret), algorithm: "SHA1", digits: 6, period: 30 }).generate({ timestamp });
const roomy = { attempts: 100, windowSeconds: 600 };

/** A customer with two-factor sign-in on, a session opened with it, and this browser remembered. */
async function enrolledCustomer() {
  const user = await createAccount(db, { role: "CUSTOMER" });
  const { secret } = await startEnrolment(db, user.id);
  const enrolled = await confirmEnrolment(db, user.id, codeAt(secret, Date.now() - 30_000), roomy);
  const binding = { userId: user.id, sessionVersion: enrolled.sessionVersion };
  return {
    user,
    sessionToken: await issueSessionToken({ ...binding, secondFactor: true }),
    trustedDevice: issueTrustedDeviceToken(binding),
  };
}

const state = (userId: string) =>
  db.user.findUniqueOrThrow({
    where: { id: userId },
    select: { twoFactorEnabledAt: true, totpSecretEncrypted: true, sessionVersion: true, recoveryCodes: true },
  });

describe("an administrator resets another account's second factor", () => {
  it("removes the secret, recovery codes and remembered devices, ends sessions, e-mails and audits", async () => {
    const { user, sessionToken, trustedDevice } = await enrolledCustomer();
    const before = await state(user.id);
    expect(before.twoFactorEnabledAt).not.toBeNull();
    expect(before.recoveryCodes.length).toBeGreaterThan(0);
    expect(await userForSession(db, await readSessionToken(sessionToken))).not.toBeNull();

    session.user = admin;
    expect(await submit(resetTwoFactorAction, { id: user.id })).toMatchObject({ status: "success" });

    const after = await state(user.id);
    expect(after).toMatchObject({ twoFactorEnabledAt: null, totpSecretEncrypted: null, recoveryCodes: [] });
    expect(after.sessionVersion).toBe(before.sessionVersion + 1);
    expect(await userForSession(db, await readSessionToken(sessionToken))).toBeNull();
    // Set up again on a new phone: the browser remembered before the reset must give a code again.
    const { secret } = await startEnrolment(db, user.id);
    const again = await confirmEnrolment(db, user.id, codeAt(secret, Date.now() - 30_000), roomy);
    const login = { userId: user.id, sessionVersion: again.sessionVersion, deviceToken: "unused" };
    expect((await afterPassword(db, login, trustedDevice)).kind).toBe("code");

    const [audit] = (await auditRowsFor(db, user.id)).filter((row) => row.action === "user.two_factor_reset");
    expect(audit).toMatchObject({ actorId: admin.id, entityType: "user" });
    const mail = await db.emailOutbox.findMany({ where: { recipient: user.email, template: "two-factor-reset" } });
    expect(mail).toHaveLength(1);
  });

  it.each([
    ["staff who are not administrators", () => staff, "forbidden"],
    ["nobody signed in", () => null, "unauthenticated"],
  ])("refuses %s before reading the form, changing nothing", async (_, who, refusal) => {
    const { user } = await enrolledCustomer();
    const before = await state(user.id);
    session.user = who();
    expect(await submit(resetTwoFactorAction, { id: user.id })).toEqual({ thrown: refusal });
    expect(await state(user.id)).toEqual(before);
  });

  it("refuses an administrator's own account, and an account without a second factor", async () => {
    session.user = admin;
    const own = await submit(resetTwoFactorAction, { id: admin.id });
    expect(own).toMatchObject({ status: "error", message: expect.stringContaining("your own") as string });
    const plain = await createAccount(db, { role: "CUSTOMER" });
    const none = await submit(resetTwoFactorAction, { id: plain.id });
    expect(none).toMatchObject({ status: "error", message: "This account has no second factor to reset." });
    expect(await auditRowsFor(db, plain.id)).toEqual([]);
  });
});
