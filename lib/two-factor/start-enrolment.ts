import QRCode from "qrcode";
import type { Db } from "@/lib/db";
import { AppError, notFound } from "@/lib/errors";
import { newTotpSecret, openTotpSecret, otpauthUri, sealTotpSecret } from "./totp";

export interface Enrolment {
  /** The secret in base32, for typing into an app by hand. */
  secret: string;
  otpauthUri: string;
  /** The same URI as a QR code (PNG data URL). */
  qrDataUrl: string;
}

/**
 * What an account needs to add the shop to an authenticator app. The secret is kept (sealed) as pending until a code
 * confirms it; asking again shows the same one, so a reload does not invalidate what was scanned.
 */
export async function startEnrolment(db: Db, userId: string): Promise<Enrolment> {
  const user = await db.user.findUnique({
    where: { id: userId },
    select: { email: true, twoFactorEnabledAt: true, totpPendingEncrypted: true },
  });
  if (!user) throw notFound("The account was not found.");
  if (user.twoFactorEnabledAt) throw new AppError("conflict", "Two-factor sign-in is already on for this account.");
  let secret = user.totpPendingEncrypted ? openTotpSecret(user.totpPendingEncrypted, userId) : null;
  if (!secret) {
    secret = newTotpSecret();
    await db.user.update({ where: { id: userId }, data: { totpPendingEncrypted: sealTotpSecret(secret, userId) } });
  }
  const uri = otpauthUri(secret, user.email);
  return { secret, otpauthUri: uri, qrDataUrl: await QRCode.toDataURL(uri, { errorCorrectionLevel: "M", margin: 2 }) };
}
