import { Secret, TOTP } from "otpauth";

// TOTP codes as an authenticator app computes them (SHA-1, 6 digits, 30 s), for tests that sign in with two-factor
// sign-in. The shop accepts each step's code once, so tests take codes from steps this process has not used yet.

const PERIOD_MS = 30_000;

/** The code an authenticator app shows for this secret at this time. */
export function totpCode(secret: string, timestamp = Date.now()): string {
  return new TOTP({ secret: Secret.fromBase32(secret), algorithm: "SHA1", digits: 6, period: 30 }).generate({
    timestamp,
  });
}

let lastStep = -1;

/** A code from a time step not used yet by this process, waiting for the next step when needed. */
export async function unusedTotpCode(secret: string): Promise<string> {
  let step = Math.floor(Date.now() / PERIOD_MS);
  if (step <= lastStep) {
    step = lastStep + 1;
    await new Promise((resolve) => setTimeout(resolve, step * PERIOD_MS - Date.now() + 250));
  }
  lastStep = step;
  return totpCode(secret, step * PERIOD_MS + 1_000);
}
