import { randomUUID } from "node:crypto";
import { afterAll, describe, expect, inject, it } from "vitest";
import { addAddress, deleteAddress, listAddresses, updateAddress } from "@/lib/accounts/addresses";
import { changePassword } from "@/lib/accounts/change-password";
import { endAllSessions } from "@/lib/accounts/end-all-sessions";
import { WRONG_CREDENTIALS, logIn } from "@/lib/accounts/log-in";
import { hashPassword } from "@/lib/accounts/password";
import { deleteAccount } from "@/lib/accounts/personal-data/delete-account";
import { exportPersonalData } from "@/lib/accounts/personal-data/export-personal-data";
import { registerCustomer } from "@/lib/accounts/register-customer";
import { requestPasswordReset } from "@/lib/accounts/request-password-reset";
import { resetPassword } from "@/lib/accounts/reset-password";
import { hashResetToken } from "@/lib/accounts/reset-token";
import { registerSchema } from "@/lib/accounts/schemas";
import { updateProfile } from "@/lib/accounts/update-profile";
import { userForSession } from "@/lib/accounts/user-for-session";
import { issueSessionToken, readSessionToken } from "@/lib/auth/session-token";
import { loginLimits } from "@/lib/accounts/rate-limits";
import { createDb } from "@/lib/db/client";
import { env } from "@/lib/env";
import { testAccounts } from "../support/accounts";

const db = createDb(inject("databaseUrl"), 4);
afterAll(() => db.$disconnect());

// Generous limits so only the rate-limit tests hit them; each test uses its own client address.
const roomy = { windowSeconds: 60, perAccount: 100, perAddress: 100 };
const roomyLogin = {
  ...loginLimits,
  perAddress: 100,
  unknownDevicesPerAccount: 100,
  freeAttemptsPerAccountAndAddress: 100,
};
const origin = () => ({ clientAddress: `192.0.2.${Math.floor(Math.random() * 250)}-${randomUUID()}` });
const newEmail = () => `shopper-${randomUUID()}@example.com`;
const password = "correct horse battery";

async function register(email = newEmail(), name = "Ada Shopper") {
  const input = registerSchema.parse({ name, email, password });
  await registerCustomer(db, input, origin(), roomy);
  return db.user.findUniqueOrThrow({ where: { email: input.email } });
}

async function resetUrlSentTo(email: string): Promise<string> {
  const row = await db.emailOutbox.findFirstOrThrow({
    where: { recipient: email, template: "password-reset" },
    orderBy: { createdAt: "desc" },
  });
  return (row.payload as { resetUrl: string }).resetUrl;
}

describe("registration", () => {
  it("creates a customer, ignores a role in the input, and queues the welcome e-mail", async () => {
    const email = newEmail();
    const input = registerSchema.parse({ name: "Eve", email: email.toUpperCase(), password, role: "ADMIN" });
    expect(input).not.toHaveProperty("role");
    expect(await registerCustomer(db, input, origin(), roomy)).toEqual({ created: true });
    const user = await db.user.findUniqueOrThrow({ where: { email } });
    expect(user.role).toBe("CUSTOMER");
    expect(user.passwordHash).toMatch(/^\$2b\$12\$/);
    const mail = await db.emailOutbox.findFirstOrThrow({ where: { recipient: email } });
    expect(mail).toMatchObject({ template: "welcome", payload: { name: "Eve" } });
  });

  it("answers the same for an existing e-mail, and neither changes the account nor sends anything", async () => {
    const before = await db.user.findUniqueOrThrow({ where: { email: testAccounts.customerEmail } });
    const mailsBefore = await db.emailOutbox.count({ where: { recipient: testAccounts.customerEmail } });
    const input = registerSchema.parse({ name: "Mallory", email: testAccounts.customerEmail, password });
    await expect(registerCustomer(db, input, origin(), roomy)).resolves.toEqual({ created: false });
    const after = await db.user.findUniqueOrThrow({ where: { email: testAccounts.customerEmail } });
    expect(after).toEqual(before);
    expect(await db.emailOutbox.count({ where: { recipient: testAccounts.customerEmail } })).toBe(mailsBefore);
  });

  it.each([
    [{ name: "A", email: "a@example.com", password: "short" }, "password", "at least 10"],
    [{ name: "A", email: "a@example.com", password: "x".repeat(65) }, "password", "at most 64"],
    [{ name: "A", email: "a@example.com", password: "ž".repeat(40) }, "password", "72 bytes"],
    [{ name: "A", email: "a@example.com", password: "Password123" }, "password", "too common"],
    [{ name: "A", email: "a@example.com", password: "1234567890" }, "password", "too common"],
    [{ name: "A", email: "a@example.com", password: "aaaaaaaaaaaa" }, "password", "too common"],
    [{ name: "A", email: "not-an-email", password }, "email", "valid e-mail"],
    [{ name: " ", email: "a@example.com", password }, "name", "Enter your name"],
    [{ name: "A", email: ["a@example.com"], password }, "email", "e-mail"],
  ])("refuses %j (%s)", (input, field, message) => {
    const result = registerSchema.safeParse(input);
    expect(result.success).toBe(false);
    const issue = result.error?.issues.find((i) => i.path[0] === field);
    expect(issue?.message).toContain(message);
  });
});

describe("login", () => {
  it("accepts the right password and refuses a wrong one or an unknown e-mail with the same message", async () => {
    const user = await register();
    await expect(logIn(db, { email: user.email, password }, origin(), roomyLogin)).resolves.toEqual({
      userId: user.id,
      sessionVersion: 0,
      deviceToken: expect.stringMatching(new RegExp(`^${user.id}\\.`)) as string,
    });
    for (const attempt of [
      { email: user.email, password: "wrong password!" },
      { email: newEmail(), password },
    ]) {
      await expect(logIn(db, attempt, origin(), roomyLogin)).rejects.toMatchObject({
        code: "unauthenticated",
        message: WRONG_CREDENTIALS,
      });
    }
  });

  it("refuses a password longer than 72 bytes that shares the first 72 with the real one", async () => {
    const long = `${"a1b2c3d4e5".repeat(7)}xy`; // exactly 72 bytes
    await db.user.update({
      where: { email: testAccounts.customerEmail },
      data: { passwordHash: await hashPassword(long) },
    });
    const email = testAccounts.customerEmail;
    await expect(logIn(db, { email, password: long }, origin(), roomyLogin)).resolves.toBeTruthy();
    await expect(logIn(db, { email, password: `${long}zzz` }, origin(), roomyLogin)).rejects.toMatchObject({
      code: "unauthenticated",
    });
    await db.user.update({
      where: { email },
      data: {
        passwordHash: await hashPassword(testAccounts.customerPassword),
      },
    });
  });
});

describe("sessions", () => {
  it("rejects a session cookie after logout and after a password change, and a tampered cookie", async () => {
    const user = await register();
    const first = await issueSessionToken({
      userId: user.id,
      sessionVersion: user.sessionVersion,
      secondFactor: false,
    });
    expect(await userForSession(db, await readSessionToken(first))).toMatchObject({ id: user.id, role: "CUSTOMER" });

    await endAllSessions(db, user.id);
    expect(await userForSession(db, await readSessionToken(first))).toBeNull();

    const { sessionVersion } = await logIn(db, { email: user.email, password }, origin(), roomyLogin);
    const second = await issueSessionToken({ userId: user.id, sessionVersion, secondFactor: false });
    expect(await userForSession(db, await readSessionToken(second))).not.toBeNull();
    const changed = await changePassword(db, user.id, { currentPassword: password, newPassword: "a new long secret" });
    expect(await userForSession(db, await readSessionToken(second))).toBeNull();
    const third = await issueSessionToken({
      userId: user.id,
      sessionVersion: changed.sessionVersion,
      secondFactor: false,
    });
    expect(await userForSession(db, await readSessionToken(third))).not.toBeNull();

    expect(await readSessionToken(`${third.slice(0, -4)}AAAA`)).toBeNull();
    expect(await readSessionToken("not-a-token")).toBeNull();
  });

  it("refuses a password change with the wrong current password", async () => {
    const user = await register();
    await expect(
      changePassword(db, user.id, { currentPassword: "not my password", newPassword: "a new long secret" }),
    ).rejects.toMatchObject({
      code: "invalid_input",
      details: { fields: { currentPassword: expect.any(String) as string } },
    });
    expect((await db.user.findUniqueOrThrow({ where: { id: user.id } })).sessionVersion).toBe(0);
  });
});

describe("password reset", () => {
  it("works once from the e-mailed link, ends sessions, and refuses the same link again", async () => {
    const user = await register();
    await requestPasswordReset(db, { email: user.email }, origin(), roomy);
    const url = new URL(await resetUrlSentTo(user.email));
    expect(url.origin).toBe(new URL(env.PUBLIC_BASE_URL).origin);
    const token = url.searchParams.get("token") ?? "";
    const stored = await db.passwordResetToken.findFirstOrThrow({ where: { userId: user.id } });
    expect(stored.tokenHash).toBe(hashResetToken(token));
    expect(stored.tokenHash).not.toContain(token);
    expect(stored.expiresAt.getTime() - stored.createdAt.getTime()).toBeCloseTo(30 * 60_000, -3);

    await resetPassword(db, { token, password: "brand new secret" }, origin(), roomy);
    await expect(
      logIn(db, { email: user.email, password: "brand new secret" }, origin(), roomyLogin),
    ).resolves.toMatchObject({ sessionVersion: 1 });
    await expect(resetPassword(db, { token, password: "another new secret" }, origin(), roomy)).rejects.toMatchObject({
      code: "invalid_input",
      details: { fields: { token: expect.any(String) as string } },
    });
  });

  it("refuses an expired link and an unknown one", async () => {
    const user = await register();
    await requestPasswordReset(db, { email: user.email }, origin(), roomy);
    const token = new URL(await resetUrlSentTo(user.email)).searchParams.get("token") ?? "";
    await db.passwordResetToken.updateMany({
      where: { userId: user.id },
      data: { expiresAt: new Date(Date.now() - 1000) },
    });
    await expect(resetPassword(db, { token, password: "brand new secret" }, origin(), roomy)).rejects.toMatchObject({
      code: "invalid_input",
    });
    await expect(
      resetPassword(db, { token: "x".repeat(43), password: "brand new secret" }, origin(), roomy),
    ).rejects.toMatchObject({ code: "invalid_input" });
    await expect(logIn(db, { email: user.email, password }, origin(), roomyLogin)).resolves.toBeTruthy();
  });

  it("sends nothing for an unknown e-mail and answers the same", async () => {
    const email = newEmail();
    await expect(requestPasswordReset(db, { email }, origin(), roomy)).resolves.toBeUndefined();
    expect(await db.emailOutbox.count({ where: { recipient: email } })).toBe(0);
  });
});

describe("addresses and personal data", () => {
  const address = {
    fullName: "Ada Shopper",
    line1: "1 Main Street",
    line2: "",
    city: "Dublin",
    postalCode: "D01 X2Y3",
    country: "IE",
    phone: "+353 1 234 5678",
    companyName: "",
    companyRegistrationNumber: "",
    companyVatId: "",
  };

  it("keeps each customer's addresses to themselves (404 for another's)", async () => {
    const owner = await register();
    const other = await register();
    const saved = await addAddress(db, owner.id, address);
    expect(await listAddresses(db, owner.id)).toEqual([{ ...address, id: saved.id }]);
    expect(await listAddresses(db, other.id)).toEqual([]);
    await expect(updateAddress(db, other.id, saved.id, { ...address, city: "Cork" })).rejects.toMatchObject({
      code: "not_found",
    });
    await expect(deleteAddress(db, other.id, saved.id)).rejects.toMatchObject({ code: "not_found" });
    await updateAddress(db, owner.id, saved.id, { ...address, city: "Cork" });
    expect((await listAddresses(db, owner.id))[0]?.city).toBe("Cork");
  });

  it("exports the profile and addresses, and deletion anonymises them and ends sessions", async () => {
    const user = await register();
    await addAddress(db, user.id, address);
    const exported = await exportPersonalData(db, user.id);
    expect(exported).toMatchObject({
      profile: { email: user.email, name: "Ada Shopper" },
      addresses: [{ city: "Dublin" }],
    });
    expect(JSON.stringify(exported)).not.toContain("passwordHash");

    await expect(deleteAccount(db, user.id, { password: "wrong password!" })).rejects.toMatchObject({
      code: "invalid_input",
    });
    const token = await issueSessionToken({ userId: user.id, sessionVersion: 0, secondFactor: false });
    await deleteAccount(db, user.id, { password });
    const after = await db.user.findUniqueOrThrow({ where: { id: user.id } });
    expect(after.email).not.toBe(user.email);
    expect(after.name).toBe("Deleted customer");
    expect(await db.address.count({ where: { userId: user.id } })).toBe(0);
    expect(await userForSession(db, await readSessionToken(token))).toBeNull();
    await expect(logIn(db, { email: user.email, password }, origin(), roomyLogin)).rejects.toMatchObject({
      code: "unauthenticated",
    });
  });

  it("does not let staff delete their account from the customer page", async () => {
    const admin = await db.user.findUniqueOrThrow({ where: { email: testAccounts.adminEmail } });
    await expect(deleteAccount(db, admin.id, { password: testAccounts.adminPassword })).rejects.toMatchObject({
      code: "forbidden",
    });
  });
});

describe("profile", () => {
  it("saves name and e-mail, refuses an address in use, and limits how often it can be tried", async () => {
    const user = await register();
    const limits = { windowSeconds: 60, perAccount: 3, perAddress: 3 };
    const email = newEmail();
    await updateProfile(db, user.id, { name: "New Name", email }, limits);
    expect(await db.user.findUniqueOrThrow({ where: { id: user.id } })).toMatchObject({ name: "New Name", email });
    await expect(
      updateProfile(db, user.id, { name: "New Name", email: testAccounts.customerEmail }, limits),
    ).rejects.toMatchObject({ code: "invalid_input", details: { fields: { email: expect.any(String) as string } } });
    await updateProfile(db, user.id, { name: "Newer Name", email }, limits);
    await expect(updateProfile(db, user.id, { name: "Newest", email }, limits)).rejects.toMatchObject({
      code: "rate_limited",
    });
  });
});
