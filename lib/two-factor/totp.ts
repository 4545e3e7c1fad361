import { Secret, TOTP } from "otpauth";
import { env } from "@/lib/env";
import { open, seal } from "@/lib/security/secret-box";

// TOTP as authenticator apps expect it (RFC 6238): SHA-1, 6 digits, 30-second steps. A code from the step before
// or after is accepted too, for clocks that drift; lib/two-factor/verify-second-factor.ts refuses any step at or
// before the last one accepted, so no code works twice.

export const TOTP_PERIOD_SECONDS = 30;
const SEAL_PURPOSE = "totp-secret";

function totp(secretBase32: string, label = "account"): TOTP {
  return new TOTP({
    issuer: env.SHOP_NAME,
    label,
    algorithm: "SHA1",
    digits: 6,
    period: TOTP_PERIOD_SECONDS,
    secret: Secret.fromBase32(secretBase32),
  });
}

/** A fresh 160-bit secret, in base32 as apps take it. */
export function newTotpSecret(): string {
  return new Secret({ size: 20 }).base32;
}

/** The otpauth:// URI an authenticator app reads from the QR code. */
export function otpauthUri(secretBase32: string, accountEmail: string): string {
  return totp(secretBase32, accountEmail).toString();
}

export function currentTotpStep(now = Date.now()): number {
  return Math.floor(now / 1000 / TOTP_PERIOD_SECONDS);
}

/** The time step a six-digit code belongs to (this one or a neighbour), or null when it matches none. */
export function totpStepOf(secretBase32: string, code: string, now = Date.now()): number | null {
  const delta = totp(secretBase32).validate({ token: code, timestamp: now, window: 1 });
  return delta === null ? null : currentTotpStep(now) + delta;
}

export const sealTotpSecret = (secret: string, userId: string, authSecret?: string) =>
  seal(secret, { purpose: SEAL_PURPOSE, boundTo: userId, ...(authSecret ? { authSecret } : {}) });

export const openTotpSecret = (sealed: string, userId: string) =>
  open(sealed, { purpose: SEAL_PURPOSE, boundTo: userId });
