import type { Db } from "@/lib/db";
import { env } from "@/lib/env";
import { defaultLanguage, isEnabledLanguage } from "@/lib/i18n/languages";
import { localizedPath } from "@/lib/i18n/locale-path";
import { enqueueEmail } from "@/lib/mail/enqueue-email";
import { consumeRateLimits } from "@/lib/rate-limit/consume-rate-limit";
import { type AttemptLimits, type RequestOrigin, accountAndAddressLimits, authLimits } from "./rate-limits";
import { RESET_TOKEN_TTL_MINUTES, newResetToken } from "./reset-token";

/**
 * The link in the e-mail, to the page in the shopper's language: always built from the configured public address,
 * never from the request's Host.
 */
export function resetUrlFor(token: string, language: string = defaultLanguage): string {
  const url = new URL(localizedPath("/reset-password", language, defaultLanguage), env.PUBLIC_BASE_URL);
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
  const language = isEnabledLanguage(origin.language) ? origin.language : defaultLanguage;
  await db.$transaction(async (tx) => {
    await tx.passwordResetToken.create({
      data: { userId: user.id, tokenHash, expiresAt: new Date(Date.now() + RESET_TOKEN_TTL_MINUTES * 60_000) },
    });
    await enqueueEmail(tx, {
      template: "password-reset",
      to: input.email,
      payload: {
        name: user.name,
        resetUrl: resetUrlFor(token, language),
        expiresInMinutes: RESET_TOKEN_TTL_MINUTES,
        language,
      },
    });
  });
}
