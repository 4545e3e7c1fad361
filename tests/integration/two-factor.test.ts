import { randomUUID } from "node:crypto";
import { Secret, TOTP } from "otpauth";
import { afterAll, describe, expect, inject, it, vi } from "vitest";
import { endAllSessions } from "@/lib/accounts/end-all-sessions";
import type { LoggedIn } from "@/lib/accounts/log-in";
import type { CurrentUser } from "@/lib/accounts/types";
import { userForSession } from "@/lib/accounts/user-for-session";
import { createDb } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import {
  completeSignInWithCode,
  completeSignInWithEnrolment,
  enrolmentForSignIn,
} from "@/lib/two-factor/complete-sign-in";
import { confirmEnrolment } from "@/lib/two-factor/confirm-enrolment";
import { disableTwoFactor } from "@/lib/two-factor/disable-two-factor";
import { twoFactorRequiredFor } from "@/lib/two-factor/policy";
import { verifySignInSchema } from "@/lib/two-factor/schemas";
import { afterPassword } from "@/lib/two-factor/sign-in-step";
import { issuePendingToken, issueTrustedDeviceToken } from "@/lib/two-factor/sign-in-tokens";
import { startEnrolment } from "@/lib/two-factor/start-enrolment";
import { REPLAYED_CODE, WRONG_CODE, type SecondFactorLimits } from "@/lib/two-factor/verify-second-factor";
import { disableTwoFactorAction, enableTwoFactorAction } from "@/app/(account)/account/two-factor/actions";
import { decodeQrPng } from "../support/decode-qr";
import { auditRowsFor, createAccount, submit } from "../support/admin-people";

// Two-factor sign-in: enrolment, the code step after the password, recovery codes, replay and rate limits, the
// administrators' duty to enrol, and turning it off. Against the real database; codes computed with the same library
// an authenticator app's algorithm follows.

const session = vi.hoisted(() => ({ user: null as CurrentUser | null }));
vi.mock("@/lib/auth/current-user", () => ({ getCurrentUser: () => Promise.resolve(session.user) }));

const db = createDb(inject("databaseUrl"), 4);
afterAll(() => db.$disconnect());

const roomy: SecondFactorLimits = { attempts: 100, windowSeconds: 600 };

const codeAt = (secret: string, timestamp = Date.now()) =>
  new TOTP({ secret: Secret.fromBase32(secret), algorithm: "SHA1", digits: 6, period: 30 }).generate({ timestamp });

/** What a call came to: "ok" or the error code and message. */
async function outcome(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
    return "ok";
  } catch (error) {
    if (error instanceof AppError) return `${error.code}: ${error.message}`;
    throw error;
  }
}

const loggedIn = async (user: CurrentUser): Promise<LoggedIn> => {
  const { sessionVersion } = await db.user.findUniqueOrThrow({ where: { id: user.id } });
  return { userId: user.id, sessionVersion, deviceToken: "unused" };
};

/** A customer with two-factor sign-in on: their secret and recovery codes. */
async function enrolledCustomer() {
  const user = await createAccount(db, { role: "CUSTOMER" });
  const { secret } = await startEnrolment(db, user.id);
  // A code from the previous step, so the sign-ins in the test can use the current one.
  const enrolled = await confirmEnrolment(db, user.id, codeAt(secret, Date.now() - 30_000), roomy);
  return { user, secret, recoveryCodes: enrolled.recoveryCodes };
}

async function pendingCodeToken(user: CurrentUser): Promise<string> {
  const step = await afterPassword(db, await loggedIn(user));
  if (step.kind !== "code") throw new Error(`expected the code step, got ${step.kind}`);
  return step.pendingToken;
}

describe("enrolment", () => {
  it("shows a QR code of the otpauth URI and the secret, and turns on only with a valid code", async () => {
    const user = await createAccount(db, { role: "CUSTOMER" });
    const enrolment = await startEnrolment(db, user.id);
    expect(enrolment.secret).toMatch(/^[A-Z2-7]{32}$/);
    const qr = decodeQrPng(Buffer.from(enrolment.qrDataUrl.replace(/^data:image\/png;base64,/, ""), "base64"));
    expect(qr).toBe(enrolment.otpauthUri);
    expect(new URL(qr ?? "").searchParams.get("secret")).toBe(enrolment.secret);
    expect(enrolment.otpauthUri).toMatch(/^otpauth:\/\/totp\/.*algorithm=SHA1&digits=6&period=30/);
    // Asking again (a reload) shows the same secret.
    expect((await startEnrolment(db, user.id)).secret).toBe(enrolment.secret);

    const wrong = String((Number(codeAt(enrolment.secret)) + 1) % 1_000_000).padStart(6, "0");
    await expect(confirmEnrolment(db, user.id, wrong, roomy)).rejects.toMatchObject({
      code: "invalid_input",
      details: { fields: { code: WRONG_CODE } },
    });
    expect((await db.user.findUniqueOrThrow({ where: { id: user.id } })).twoFactorEnabledAt).toBeNull();

    const before = await db.user.findUniqueOrThrow({ where: { id: user.id } });
    const { recoveryCodes, sessionVersion } = await confirmEnrolment(db, user.id, codeAt(enrolment.secret), roomy);
    const after = await db.user.findUniqueOrThrow({ where: { id: user.id } });
    expect(after.twoFactorEnabledAt).toBeInstanceOf(Date);
    expect(after.totpPendingEncrypted).toBeNull();
    // Stored sealed: neither the secret nor anything that decodes to it in the clear.
    expect(after.totpSecretEncrypted).toMatch(/^v1\./);
    expect(after.totpSecretEncrypted).not.toContain(enrolment.secret);
    // Other sessions (opened with the password alone) end.
    expect(sessionVersion).toBe(before.sessionVersion + 1);

    expect(recoveryCodes).toHaveLength(10);
    expect(new Set(recoveryCodes).size).toBe(10);
    for (const code of recoveryCodes) expect(code).toMatch(/^[a-hjkmnp-z2-9]{5}-[a-hjkmnp-z2-9]{5}$/);
    const stored = await db.recoveryCode.findMany({ where: { userId: user.id } });
    expect(stored).toHaveLength(10);
    const storedText = JSON.stringify(stored);
    for (const code of recoveryCodes) {
      expect(storedText).not.toContain(code);
      expect(storedText).not.toContain(code.replace("-", ""));
    }
    expect(new Set(stored.map((row) => row.salt)).size).toBe(10);

    // Never shown again: no new enrolment while it is on.
    expect(await outcome(startEnrolment(db, user.id))).toMatch(/^conflict/);
    expect(await outcome(confirmEnrolment(db, user.id, codeAt(enrolment.secret), roomy))).toMatch(/^conflict/);

    const audit = await auditRowsFor(db, user.id);
    expect(audit.map((row) => [row.action, row.actorId, row.via])).toEqual([
      ["user.two_factor_enable", user.id, "account"],
    ]);
    expect(JSON.stringify(audit)).not.toContain(enrolment.secret);
    const mail = await db.emailOutbox.findMany({ where: { recipient: user.email } });
    expect(mail.map((row) => row.template)).toEqual(["two-factor-enabled"]);
  });
});

describe("signing in with two-factor sign-in on", () => {
  it("gives no session for the password alone, and a session for a valid code that cannot be replayed", async () => {
    const { user, secret } = await enrolledCustomer();
    const step = await afterPassword(db, await loggedIn(user));
    expect(step).toEqual({ kind: "code", pendingToken: expect.any(String) as string });
    expect(step).not.toHaveProperty("claims");
    // A session cookie made from the password step alone (no second factor) is refused.
    const { sessionVersion } = await db.user.findUniqueOrThrow({ where: { id: user.id } });
    expect(await userForSession(db, { userId: user.id, sessionVersion, secondFactor: false })).toBeNull();

    const token = step.kind === "code" ? step.pendingToken : "";
    const code = codeAt(secret);
    const signedIn = await completeSignInWithCode(db, token, { code, remember: false }, roomy);
    expect(signedIn.claims).toEqual({ userId: user.id, sessionVersion, secondFactor: true });
    expect(signedIn.trustedDeviceToken).toBeUndefined();
    expect(await userForSession(db, signedIn.claims)).toMatchObject({ id: user.id });

    // The same code again, and the previous step's, are refused: each step is accepted once.
    expect(await outcome(completeSignInWithCode(db, token, { code, remember: false }, roomy))).toBe(
      `unauthenticated: ${REPLAYED_CODE}`,
    );
    const earlier = codeAt(secret, Date.now() - 30_000);
    expect(await outcome(completeSignInWithCode(db, token, { code: earlier, remember: false }, roomy))).toMatch(
      /^unauthenticated/,
    );
    // The next step's code (a phone a little ahead) still works, once.
    const next = codeAt(secret, Date.now() + 30_000);
    expect(await outcome(completeSignInWithCode(db, token, { code: next, remember: false }, roomy))).toBe("ok");
  });

  it.each([
    ["an empty code", ""],
    ["five digits", "12345"],
    ["seven digits", "1234567"],
    ["letters", "abcdef"],
    ["SQL", "' OR 1=1 --"],
    ["a control character", "123\u0000456"],
    ["a huge value", "1".repeat(10_000)],
    ["an array", ["123456"]],
    ["a number", 123456],
  ])("refuses %s with a field error before any lookup", (_name, code) => {
    const parsed = verifySignInSchema.safeParse({ code });
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues[0]?.path).toEqual(["code"]);
  });

  it("accepts codes typed with spaces or hyphens, and the remember box", () => {
    expect(verifySignInSchema.parse({ code: " 123 456 ", remember: "on" })).toEqual({ code: "123456", remember: true });
    expect(verifySignInSchema.parse({ code: "ABCDE-23456" })).toEqual({ code: "abcde23456", remember: false });
  });

  it("refuses a wrong code, a code for another account's secret, and a well-formed recovery code that is not one", async () => {
    const { user, secret } = await enrolledCustomer();
    const other = await enrolledCustomer();
    const token = await pendingCodeToken(user);
    const wrong = String((Number(codeAt(secret)) + 500_000) % 1_000_000).padStart(6, "0");
    for (const code of [wrong, codeAt(other.secret), "abcde23456", other.recoveryCodes[0] ?? ""]) {
      const parsed = verifySignInSchema.parse({ code });
      expect(await outcome(completeSignInWithCode(db, token, parsed, roomy))).toBe(`unauthenticated: ${WRONG_CODE}`);
    }
  });

  it("accepts each recovery code once", async () => {
    const { user, recoveryCodes } = await enrolledCustomer();
    const token = await pendingCodeToken(user);
    const [first = "", second = ""] = recoveryCodes;
    const use = (code: string) => completeSignInWithCode(db, token, verifySignInSchema.parse({ code }), roomy);
    expect(await outcome(use(first.toUpperCase()))).toBe("ok");
    expect(await outcome(use(first))).toBe(`unauthenticated: ${WRONG_CODE}`);
    // Racing uses of one code: exactly one wins.
    const raced = await Promise.all([use(second), use(second), use(second)].map(outcome));
    expect(raced.filter((o) => o === "ok")).toHaveLength(1);
    expect(await db.recoveryCode.count({ where: { userId: user.id, usedAt: null } })).toBe(8);
  });

  it("refuses after five wrong codes with a clear 429, even the right code, until the window ends", async () => {
    const { user, secret } = await enrolledCustomer();
    const token = await pendingCodeToken(user);
    const limits: SecondFactorLimits = { attempts: 5, windowSeconds: 600 };
    const wrong = String((Number(codeAt(secret)) + 1) % 1_000_000).padStart(6, "0");
    const outcomes: string[] = [];
    for (let i = 0; i < 5; i++) {
      outcomes.push(await outcome(completeSignInWithCode(db, token, { code: wrong, remember: false }, limits)));
    }
    expect(outcomes.every((o) => o === `unauthenticated: ${WRONG_CODE}`)).toBe(true);
    const refused = await completeSignInWithCode(db, token, { code: codeAt(secret), remember: false }, limits).catch(
      (error: unknown) => error,
    );
    expect(refused).toBeInstanceOf(AppError);
    expect(refused).toMatchObject({ code: "rate_limited", status: 429 });
    expect((refused as AppError).message).toBe(
      "Too many wrong codes. Sign-in codes for this account are refused for 10 minutes.",
    );
    expect((refused as AppError).details.retryAfterSeconds).toBeGreaterThan(590);
  });

  it("refuses forged, expired, other-purpose and outdated pending tokens", async () => {
    const { user, secret } = await enrolledCustomer();
    const { sessionVersion } = await db.user.findUniqueOrThrow({ where: { id: user.id } });
    const binding = { userId: user.id, sessionVersion };
    const genuine = issuePendingToken("code", binding);
    const forged = [
      undefined,
      "garbage",
      `${genuine.slice(0, -2)}${genuine.endsWith("AA") ? "BB" : "AA"}`,
      genuine.replace(user.id, randomUUID()),
      issuePendingToken("code", binding, Date.now() - 6 * 60_000),
      issuePendingToken("enrol", binding),
      issueTrustedDeviceToken(binding),
    ];
    for (const token of forged) {
      expect(
        await outcome(completeSignInWithCode(db, token, { code: codeAt(secret), remember: false }, roomy)),
      ).toMatch(/^unauthenticated: Your sign-in has expired/);
    }
    // Logging out everywhere voids a pending sign-in.
    await endAllSessions(db, user.id);
    expect(
      await outcome(completeSignInWithCode(db, genuine, { code: codeAt(secret), remember: false }, roomy)),
    ).toMatch(/^unauthenticated: Your sign-in has expired/);
  });
});

describe("remember this device", () => {
  it("skips the code on the remembered browser for that account until the sessions end", async () => {
    const { user, secret } = await enrolledCustomer();
    const signedIn = await completeSignInWithCode(
      db,
      await pendingCodeToken(user),
      { code: codeAt(secret), remember: true },
      roomy,
    );
    const trusted = signedIn.trustedDeviceToken;
    expect(trusted).toBeDefined();
    const again = await afterPassword(db, await loggedIn(user), trusted);
    expect(again).toMatchObject({ kind: "session", claims: { userId: user.id, secondFactor: true } });

    // Another account's token, a tampered one and an expired one do not skip anything.
    const other = await enrolledCustomer();
    const { sessionVersion } = await db.user.findUniqueOrThrow({ where: { id: user.id } });
    const expired = issueTrustedDeviceToken({ userId: user.id, sessionVersion }, Date.now() - 31 * 24 * 3600_000);
    for (const token of [other.user.id, `${trusted ?? ""}x`, expired]) {
      expect((await afterPassword(db, await loggedIn(user), token)).kind).toBe("code");
    }
    expect((await afterPassword(db, await loggedIn(other.user), trusted)).kind).toBe("code");
    // Logging out everywhere forgets the device.
    await endAllSessions(db, user.id);
    expect((await afterPassword(db, await loggedIn(user), trusted)).kind).toBe("code");
  });
});

describe("administrators must enrol", () => {
  it("sends an administrator without it to the set-up, with no session until a code confirms it", async () => {
    expect(twoFactorRequiredFor("ADMIN")).toBe(true);
    expect(twoFactorRequiredFor("STAFF", "admins")).toBe(false);
    expect(twoFactorRequiredFor("STAFF", "all")).toBe(true);
    expect(twoFactorRequiredFor("CUSTOMER", "all")).toBe(false);

    const admin = await createAccount(db, { role: "ADMIN" });
    const step = await afterPassword(db, await loggedIn(admin));
    expect(step.kind).toBe("enrol");
    const token = step.kind === "enrol" ? step.pendingToken : "";
    // A session an administrator without two-factor sign-in might hold (promoted while signed in) is refused.
    const { sessionVersion } = await db.user.findUniqueOrThrow({ where: { id: admin.id } });
    expect(await userForSession(db, { userId: admin.id, sessionVersion, secondFactor: false })).toBeNull();
    // The set-up token is no ticket to the code step.
    expect(await outcome(completeSignInWithCode(db, token, { code: "123456", remember: false }, roomy))).toMatch(
      /^unauthenticated: Your sign-in has expired/,
    );

    const { secret } = await enrolmentForSignIn(db, token);
    expect(await outcome(completeSignInWithEnrolment(db, token, "000000", roomy))).toMatch(/^invalid_input/);
    const signedIn = await completeSignInWithEnrolment(db, token, codeAt(secret), roomy);
    expect(signedIn.recoveryCodes).toHaveLength(10);
    expect(await userForSession(db, signedIn.claims)).toMatchObject({ id: admin.id, role: "ADMIN" });
    // Done once: the set-up token is spent (the session version moved on and two-factor sign-in is on).
    expect(await outcome(enrolmentForSignIn(db, token))).toMatch(/^unauthenticated/);
    expect(await outcome(completeSignInWithEnrolment(db, token, codeAt(secret), roomy))).toMatch(/^unauthenticated/);
    // From now on the password leads to the code step.
    expect((await afterPassword(db, await loggedIn(admin))).kind).toBe("code");
  });

  it("lets staff and customers without it sign in with the password (STAFF_2FA=admins)", async () => {
    for (const role of ["STAFF", "CUSTOMER"] as const) {
      const user = await createAccount(db, { role });
      expect(await afterPassword(db, await loggedIn(user))).toMatchObject({
        kind: "session",
        claims: { userId: user.id, secondFactor: false },
      });
    }
  });
});

describe("turning it off", () => {
  it("needs the password and a code, is audited and e-mailed, and clears the secret and recovery codes", async () => {
    const { user, secret, recoveryCodes } = await enrolledCustomer();
    const password = "correct horse battery";
    const { hashPassword } = await import("@/lib/accounts/password");
    await db.user.update({ where: { id: user.id }, data: { passwordHash: await hashPassword(password) } });

    expect(
      await outcome(disableTwoFactor(db, user.id, { password: "wrong password", code: codeAt(secret) }, roomy)),
    ).toMatch(/^invalid_input/);
    expect(await outcome(disableTwoFactor(db, user.id, { password, code: "abcde23456" }, roomy))).toBe(
      `unauthenticated: ${WRONG_CODE}`,
    );
    expect((await db.user.findUniqueOrThrow({ where: { id: user.id } })).twoFactorEnabledAt).toBeInstanceOf(Date);

    const code = (recoveryCodes[3] ?? "").replace("-", "");
    await disableTwoFactor(db, user.id, { password, code }, roomy);
    const after = await db.user.findUniqueOrThrow({ where: { id: user.id } });
    expect(after).toMatchObject({ twoFactorEnabledAt: null, totpSecretEncrypted: null, totpLastStep: null });
    expect(await db.recoveryCode.count({ where: { userId: user.id } })).toBe(0);
    expect((await afterPassword(db, await loggedIn(user))).kind).toBe("session");
    expect((await auditRowsFor(db, user.id)).map((row) => row.action)).toEqual([
      "user.two_factor_enable",
      "user.two_factor_disable",
    ]);
    const mail = await db.emailOutbox.findMany({ where: { recipient: user.email }, orderBy: { createdAt: "asc" } });
    expect(mail.map((row) => row.template)).toEqual(["two-factor-enabled", "two-factor-disabled"]);
  });

  it("is refused to an administrator, whose role requires it", async () => {
    const admin = await createAccount(db, { role: "ADMIN" });
    const { secret } = await startEnrolment(db, admin.id);
    await confirmEnrolment(db, admin.id, codeAt(secret), roomy);
    expect(await outcome(disableTwoFactor(db, admin.id, { password: "x", code: "abcde23456" }, roomy))).toMatch(
      /^forbidden: Two-factor sign-in is required for your role/,
    );
  });
});

describe("the forms refuse callers without the right to use them", () => {
  it("refuses enrolment and removal without a session, storing nothing", async () => {
    session.user = null;
    const victim = await enrolledCustomer();
    for (const [action, values] of [
      [enableTwoFactorAction, { code: "123456" }],
      [disableTwoFactorAction, { password: "anything at all", code: "123456", userId: victim.user.id }],
    ] as const) {
      const result = await submit(action, values);
      expect(result).toMatchObject({ status: "error", message: "Log in to continue." });
    }
    expect((await db.user.findUniqueOrThrow({ where: { id: victim.user.id } })).twoFactorEnabledAt).toBeInstanceOf(
      Date,
    );
  });

  it("turns off only the signed-in account's own two-factor sign-in, whatever the form names", async () => {
    const victim = await enrolledCustomer();
    const caller = await createAccount(db, { role: "CUSTOMER" });
    session.user = caller;
    const result = await submit(disableTwoFactorAction, {
      password: "anything at all",
      code: codeAt(victim.secret),
      userId: victim.user.id,
    });
    expect(result).toMatchObject({ status: "error", message: "Two-factor sign-in is not on for this account." });
    expect((await db.user.findUniqueOrThrow({ where: { id: victim.user.id } })).twoFactorEnabledAt).toBeInstanceOf(
      Date,
    );
    session.user = null;
  });
});
