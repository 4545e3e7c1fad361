import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { POST as logInRoute } from "@/app/api/session/route";
import { type LoginOrigin, logIn } from "@/lib/accounts/log-in";
import { hashPassword } from "@/lib/accounts/password";
import { type LoginLimits, loginLimits } from "@/lib/accounts/rate-limits";
import { issueDeviceToken } from "@/lib/auth/device-cookie";
import { createDb } from "@/lib/db/client";
import { hashRateLimitKey } from "@/lib/rate-limit/consume-rate-limit";
import { createAccount } from "../support/admin-people";
import { call, errorOf } from "../support/route";

// Sign-in throttling as an attacker and as the owner see it. Nothing may lock an account for everyone: one
// address guessing is slowed down (waits double), strangers share a bounded budget per account, and a device the
// owner signed in on before (a signed device cookie) gets in whatever strangers did.

const db = createDb(inject("databaseUrl"), 4);
afterAll(() => db.$disconnect());

const password = "correct horse battery";
let passwordHash = "";
beforeAll(async () => {
  passwordHash = await hashPassword(password);
});

const address = () => `203.0.113.${Math.floor(Math.random() * 250)}-${randomUUID()}`;
const from = (deviceToken?: string): LoginOrigin => ({ clientAddress: address(), deviceToken });

async function account(role: "CUSTOMER" | "ADMIN" = "CUSTOMER") {
  return createAccount(db, { role, passwordHash });
}

/** What one attempt came to: "ok", "unauthenticated", or the Retry-After of a refusal. */
async function attempt(email: string, pass: string, origin: LoginOrigin, limits: LoginLimits) {
  try {
    await logIn(db, { email, password: pass }, origin, limits);
    return "ok";
  } catch (error) {
    const { code, details } = error as { code: string; details: { retryAfterSeconds?: number } };
    if (code === "rate_limited") return `retry after ${details.retryAfterSeconds ?? "?"} s`;
    return code;
  }
}

/** Moves a backoff's last attempt into the past, as if the client had waited that long. */
async function letTimePass(email: string, clientAddress: string, seconds: number) {
  const key = hashRateLimitKey(`login:failures:${email}:${clientAddress}`);
  await db.$executeRaw`
    UPDATE rate_limit_buckets SET "windowStart" = "windowStart" - make_interval(secs => ${seconds}) WHERE key = ${key}`;
}

describe("an attacker guessing from one address", () => {
  const limits: LoginLimits = { ...loginLimits, windowSeconds: 600, freeAttemptsPerAccountAndAddress: 3 };

  it("is slowed down with a doubling wait, not counted while refused, and the owner elsewhere gets in", async () => {
    const owner = await account();
    const attacker = from();
    const guess = () => attempt(owner.email, "wrong password!", attacker, limits);
    const outcomes = [await guess(), await guess(), await guess(), await guess()];
    expect(outcomes).toEqual(["unauthenticated", "unauthenticated", "unauthenticated", "retry after 1 s"]);

    const waits: string[] = [];
    for (const seconds of [1, 2, 4, 8]) {
      await letTimePass(owner.email, attacker.clientAddress, seconds);
      expect(await guess()).toBe("unauthenticated");
      waits.push(await guess());
      // Hammering while refused neither counts nor lengthens the wait.
      expect(await guess()).toBe(waits.at(-1));
    }
    expect(waits).toEqual(["retry after 2 s", "retry after 4 s", "retry after 8 s", "retry after 16 s"]);

    // The account is not locked: the owner, from an address of their own, signs in at once.
    expect(await attempt(owner.email, password, from(), limits)).toBe("ok");
    // Even the right password waits its turn at the attacker's address (the wait is per account and address)…
    expect(await attempt(owner.email, password, attacker, limits)).toMatch(/^retry after/);
  });

  it("lets the owner's known device in at the attacker's address (a shared network)", async () => {
    const owner = await account();
    const attacker = from();
    for (let i = 0; i < 3; i++) await attempt(owner.email, "wrong password!", attacker, limits);
    expect(await attempt(owner.email, "wrong password!", attacker, limits)).toMatch(/^retry after/);
    const known = issueDeviceToken(owner.id);
    expect(await attempt(owner.email, password, { ...attacker, deviceToken: known }, limits)).toBe("ok");
  });

  it("answers 429 with Retry-After over HTTP, with the default rule", async () => {
    const owner = await account();
    const headers = { "content-type": "application/json", "x-forwarded-for": `198.51.100.${randomUUID()}` };
    const statuses: number[] = [];
    let refusal: Awaited<ReturnType<typeof call>> | undefined;
    for (let i = 0; i <= loginLimits.freeAttemptsPerAccountAndAddress; i++) {
      const res = await call(logInRoute, "/api/session", {
        method: "POST",
        headers,
        body: JSON.stringify({ email: owner.email, password: "wrong password!" }),
      });
      statuses.push(res.status);
      if (res.status === 429) refusal = res;
    }
    expect(statuses).toEqual([...Array<number>(loginLimits.freeAttemptsPerAccountAndAddress).fill(401), 429]);
    expect(refusal?.headers.get("retry-after")).toBe("1");
    expect(errorOf(refusal?.body).code).toBe("rate_limited");
    expect(refusal?.headers.get("set-cookie")).toBeNull();
  });
});

describe("an attacker spraying guesses from many addresses", () => {
  const limits: LoginLimits = { ...loginLimits, windowSeconds: 600, unknownDevicesPerAccount: 10 };

  it.each([
    ["a customer", "CUSTOMER" as const],
    ["an administrator (staff sign in the same way)", "ADMIN" as const],
  ])("gets a bounded number of guesses at %s, while the owner's known device still signs in", async (_n, role) => {
    const owner = await account(role);
    const first = await logIn(db, { email: owner.email, password }, from(), limits);

    const outcomes: string[] = [];
    for (let i = 0; i < 30; i++) outcomes.push(await attempt(owner.email, "wrong password!", from(), limits));
    // The owner's own sign-in above came from a device unknown then, so it took one of the ten.
    expect(outcomes.filter((o) => o === "unauthenticated")).toHaveLength(9);
    expect(outcomes.slice(9).every((o) => o.startsWith("retry after"))).toBe(true);

    // Unknown devices share the spent budget, the owner on a new device included (the pattern's trade-off)…
    expect(await attempt(owner.email, password, from(), limits)).toMatch(/^retry after/);
    // …but the device the owner signed in on before gets in, from any address, and its cookie is renewed.
    const again = await logIn(db, { email: owner.email, password }, from(first.deviceToken), limits);
    expect(again.userId).toBe(owner.id);
    expect(again.deviceToken).not.toBe(first.deviceToken);
    expect(await attempt(owner.email, password, from(again.deviceToken), limits)).toBe("ok");
  });

  it.each([
    ["no cookie", () => undefined],
    ["garbage", () => "not-a-device-token"],
    ["a tampered signature", (t: string) => `${t.slice(0, -2)}${t.endsWith("AA") ? "BB" : "AA"}`],
    ["a tampered nonce", (t: string) => t.replace(/\.(.)/, (_m, c: string) => `.${c === "A" ? "B" : "A"}`)],
    ["another account's genuine cookie", () => issueDeviceToken(randomUUID())],
    ["this account's nonce and signature under another id", (t: string) => `${randomUUID()}${t.slice(36)}`],
    ["an overlong value", (t: string) => `${t}.${"x".repeat(500)}`],
  ])("treats %s as an unknown device", async (_name, forge) => {
    const owner = await account();
    const genuine = (await logIn(db, { email: owner.email, password }, from(), limits)).deviceToken;
    for (let i = 0; i < 10; i++) await attempt(owner.email, "wrong password!", from(), limits);
    expect(await attempt(owner.email, password, from(forge(genuine)), limits)).toMatch(/^retry after/);
    expect(await attempt(owner.email, password, from(genuine), limits)).toBe("ok");
  });
});

describe("limits that hold for everyone", () => {
  it("holds a known device to its own budget", async () => {
    const limits: LoginLimits = { ...loginLimits, windowSeconds: 600, perKnownDevice: 3 };
    const owner = await account();
    const device = (await logIn(db, { email: owner.email, password }, from(), limits)).deviceToken;
    const outcomes: string[] = [];
    for (let i = 0; i < 4; i++) outcomes.push(await attempt(owner.email, "wrong password!", from(device), limits));
    expect(outcomes.slice(0, 3)).toEqual(["unauthenticated", "unauthenticated", "unauthenticated"]);
    expect(outcomes[3]).toMatch(/^retry after/);
  });

  it("caps one address trying many accounts, known or not", async () => {
    const limits: LoginLimits = { ...loginLimits, windowSeconds: 600, perAddress: 3 };
    const origin = from();
    for (let i = 0; i < 3; i++) {
      expect(await attempt(`nobody-${randomUUID()}@example.com`, password, origin, limits)).toBe("unauthenticated");
    }
    expect(await attempt(`nobody-${randomUUID()}@example.com`, password, origin, limits)).toMatch(/^retry after/);
  });
});
