import { env } from "@/lib/env";
import type { RateLimit } from "@/lib/rate-limit/consume-rate-limit";

/** Attempts allowed per window, per account (e-mail) and per client address. */
export interface AttemptLimits {
  windowSeconds: number;
  perAccount: number;
  perAddress: number;
}

const windowSeconds = env.AUTH_RATE_LIMIT_WINDOW_SECONDS;

export const authLimits = {
  login: { windowSeconds, perAccount: 10, perAddress: 50 },
  register: { windowSeconds, perAccount: 5, perAddress: 20 },
  passwordReset: { windowSeconds, perAccount: 5, perAddress: 20 },
  profile: { windowSeconds, perAccount: 10, perAddress: 10 },
} satisfies Record<string, AttemptLimits>;

/** Where a request comes from, as far as the domain needs to know. */
export interface RequestOrigin {
  clientAddress: string;
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
