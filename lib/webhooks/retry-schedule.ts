const MAX_DELAY_MS = 12 * 60 * 60 * 1000;

/**
 * Wait before attempt n+1 after n failed attempts: base × 2^(n−1), at most 12 hours, times a random factor in
 * [0.5, 1) so that endpoints that failed together do not all come back at once.
 */
export function webhookRetryDelayMs(
  failedAttempts: number,
  baseMs: number,
  random: () => number = Math.random,
): number {
  const exponential = Math.min(baseMs * 2 ** Math.max(0, failedAttempts - 1), MAX_DELAY_MS);
  return Math.max(1, Math.round(exponential * (0.5 + random() * 0.5)));
}

/** The next attempt, or null when the retry window that started with the first attempt is over. */
export function nextAttemptAt(
  now: Date,
  firstAttemptAt: Date,
  failedAttempts: number,
  options: { retryBaseMs: number; retryWindowMs: number },
  random?: () => number,
): Date | null {
  const deadline = firstAttemptAt.getTime() + options.retryWindowMs;
  if (now.getTime() >= deadline) return null;
  // The last attempt falls on the deadline itself rather than being skipped.
  return new Date(Math.min(now.getTime() + webhookRetryDelayMs(failedAttempts, options.retryBaseMs, random), deadline));
}
