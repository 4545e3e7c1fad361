import type { Db } from "@/lib/db";
import { env } from "@/lib/env";
import { enqueueEmail } from "@/lib/mail/enqueue-email";
import { consumeRateLimits } from "@/lib/rate-limit/consume-rate-limit";
import { type AttemptLimits, type RequestOrigin, accountAndAddressLimits, authLimits } from "./rate-limits";
import { RESET_TOKEN_TTL_MINUTES, newResetToken } from "./reset-token";

/** The link in the e-mail: always built from the configured public address, never from the request's Host. */
export function resetUrlFor(token: string): string {
  const url = new URL("/reset-password", env.PUBLIC_BASE_URL);
  url.searchParams.set("token", token);
  return url.toString();
}

/**
 * Queues a reset e-mail when the address has an account; otherwise does nothing. The caller answers the same
 * either way, so the form never reveals which addresses are registered.
 */
export async function requestPasswordReset(
  db: Db,
  input: { email: string },
  origin: RequestOrigin,
  limits: AttemptLimits = authLimits.passwordReset,
): Promise<void> {
  await consumeRateLimits(db, accountAndAddressLimits("password-reset", input.email, origin, limits));
  const user = await db.user.findUnique({ where: { email: input.email }, select: { id: true, name: true } });
  if (!user) return;

  const { token, tokenHash } = newResetToken();
  await db.$transaction(async (tx) => {
    await tx.passwordResetToken.create({
      data: { userId: user.id, tokenHash, expiresAt: new Date(Date.now() + RESET_TOKEN_TTL_MINUTES * 60_000) },
    });
    await enqueueEmail(tx, {
      template: "password-reset",
      to: input.email,
      payload: { name: user.name, resetUrl: resetUrlFor(token), expiresInMinutes: RESET_TOKEN_TTL_MINUTES },
    });
  });
}
