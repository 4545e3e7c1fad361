import { env } from "@/lib/env";
import type { RateLimit } from "@/lib/rate-limit/consume-rate-limit";

/** Attempts allowed per window, per account (e-mail) and per client address. */
export interface AttemptLimits {
  windowSeconds: number;
  perAccount: number;
  perAddress: number;
}

const windowSeconds = env.AUTH_RATE_LIMIT_WINDOW_SECONDS;

/**
 * Sign-in throttling (README, "Accounts and security"). Nothing here locks an account for everyone: one client
 * address guessing one account is slowed down (each attempt after the free ones waits twice as long as the last),
 * every address has a ceiling, and devices that have signed in to the account before are held only to their own
 * budget, so strangers exhausting theirs do not keep the owner out.
 */
export interface LoginLimits {
  windowSeconds: number;
  /** Attempts per (account, client address) back to back before the doubling wait starts. */
  freeAttemptsPerAccountAndAddress: number;
  /** The longest wait between two attempts for one (account, client address). */
  maxWaitSeconds: number;
  /** Attempts per account per window from all devices it has never signed in on, together. */
  unknownDevicesPerAccount: number;
  /** Attempts per window from one device that has signed in to the account before. */
  perKnownDevice: number;
  /** Attempts per window from one client address, whatever the account. */
  perAddress: number;
}

export const loginLimits: LoginLimits = {
  windowSeconds,
  freeAttemptsPerAccountAndAddress: 5,
  maxWaitSeconds: windowSeconds,
  unknownDevicesPerAccount: 30,
  perKnownDevice: 10,
  perAddress: 50,
};

export const authLimits = {
  register: { windowSeconds, perAccount: 5, perAddress: 20 },
  passwordReset: { windowSeconds, perAccount: 5, perAddress: 20 },
  profile: { windowSeconds, perAccount: 10, perAddress: 10 },
} satisfies Record<string, AttemptLimits>;

/** Where a request comes from, as far as the domain needs to know. */
export interface RequestOrigin {
  clientAddress: string;
  /** The language of the request (the page's, or Accept-Language): e-mails it causes speak it. */
  language?: string;
}

export function accountAndAddressLimits(
  action: string,
  email: string,
  origin: RequestOrigin,
  limits: AttemptLimits,
): RateLimit[] {
  return [
    { key: `${action}:account:${email}`, limit: limits.perAccount, windowSeconds: limits.windowSeconds },
    { key: `${action}:address:${origin.clientAddress}`, limit: limits.perAddress, windowSeconds: limits.windowSeconds },
  ];
}
