import { issueDeviceToken, knownDeviceNonce } from "@/lib/auth/device-cookie";
import type { Db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { consumeRateLimit, resetRateLimit } from "@/lib/rate-limit/consume-rate-limit";
import { consumeWithBackoff } from "@/lib/rate-limit/consume-with-backoff";
import { dummyPasswordHash } from "./dummy-password-hash";
import { verifyPassword } from "./password";
import { type LoginLimits, type RequestOrigin, loginLimits } from "./rate-limits";
import type { LoginInput } from "./schemas";

export const WRONG_CREDENTIALS = "The e-mail address or password is not correct.";

/** Where a sign-in comes from: the client address and the device cookie it carried, if any. */
export interface LoginOrigin extends RequestOrigin {
  deviceToken?: string;
}

export interface LoggedIn {
  userId: string;
  sessionVersion: number;
  /** A fresh device cookie value for this browser (see lib/auth/device-cookie.ts). */
  deviceToken: string;
}

/**
 * Checks an e-mail and password, throttled before any bcrypt work (the rule: LoginLimits). A device that has signed
 * in to this account before is held to its own budget only; any other device is slowed down per (account, address)
 * and shares the account's budget for unknown devices. Every address has a ceiling. An unknown e-mail, a wrong
 * password and a disabled account all get the same answer after the same work.
 */
export async function logIn(
  db: Db,
  input: LoginInput,
  origin: LoginOrigin,
  limits: LoginLimits = loginLimits,
): Promise<LoggedIn> {
  const { windowSeconds } = limits;
  const user = await db.user.findUnique({
    where: { email: input.email },
    select: { id: true, passwordHash: true, sessionVersion: true, disabledAt: true },
  });
  const device = knownDeviceNonce(origin.deviceToken, user?.id);
  const pairKey = `login:failures:${input.email}:${origin.clientAddress}`;
  const deviceKey = `login:device:${device ?? ""}`;

  await consumeRateLimit(db, { key: `login:address:${origin.clientAddress}`, limit: limits.perAddress, windowSeconds });
  if (device) {
    await consumeRateLimit(db, { key: deviceKey, limit: limits.perKnownDevice, windowSeconds });
  } else {
    await consumeWithBackoff(db, {
      key: pairKey,
      freeAttempts: limits.freeAttemptsPerAccountAndAddress,
      maxWaitSeconds: limits.maxWaitSeconds,
      windowSeconds,
    });
    await consumeRateLimit(db, {
      key: `login:unknown-devices:${input.email}`,
      limit: limits.unknownDevicesPerAccount,
      windowSeconds,
    });
  }

  const matches = await verifyPassword(input.password, user?.passwordHash ?? (await dummyPasswordHash()));
  if (!user || !matches || user.disabledAt) throw new AppError("unauthenticated", WRONG_CREDENTIALS);

  // The owner got in from here: this address and device start afresh. The unknown devices' budget is left to run
  // out its window, so that an attacker sharing it gains nothing from the owner's sign-ins.
  await resetRateLimit(db, pairKey);
  if (device) await resetRateLimit(db, deviceKey);
  return { userId: user.id, sessionVersion: user.sessionVersion, deviceToken: issueDeviceToken(user.id) };
}
