import {
  type AuthenticationResponseJSON,
  type AuthenticatorTransportFuture,
  type PublicKeyCredentialRequestOptionsJSON,
  generateAuthenticationOptions,
  verifyAuthenticationResponse,
} from "@simplewebauthn/server";
import type { LoggedIn } from "@/lib/accounts/log-in";
import { issueDeviceToken } from "@/lib/auth/device-cookie";
import type { Db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { log } from "@/lib/log";
import { relyingParty } from "./relying-party";

export const PASSKEY_SIGN_IN_FAILED = "That passkey could not sign you in. Use another one or your password.";

/** Options for signing in with any passkey of this shop the browser has (discoverable credentials). */
export function authenticationOptions(): Promise<PublicKeyCredentialRequestOptionsJSON> {
  return generateAuthenticationOptions({ rpID: relyingParty.id, userVerification: "required" });
}

/**
 * Verifies a passkey's signature over the challenge, with user verification (a PIN or biometric on the device), and
 * moves its counter on; a counter that went backwards means a cloned authenticator and is refused. One answer for
 * every failure, so the response tells an attacker nothing.
 */
export async function authenticatePasskey(
  db: Db,
  response: AuthenticationResponseJSON,
  expectedChallenge: string,
): Promise<LoggedIn> {
  const passkey = await db.passkey.findUnique({
    where: { credentialId: response.id },
    select: {
      id: true,
      publicKey: true,
      counter: true,
      transports: true,
      user: { select: { id: true, sessionVersion: true, disabledAt: true } },
    },
  });
  if (!passkey || passkey.user.disabledAt) throw new AppError("unauthenticated", PASSKEY_SIGN_IN_FAILED);
  let verification;
  try {
    verification = await verifyAuthenticationResponse({
      response,
      expectedChallenge,
      expectedOrigin: relyingParty.origin,
      expectedRPID: relyingParty.id,
      requireUserVerification: true,
      credential: {
        id: response.id,
        publicKey: new Uint8Array(passkey.publicKey),
        counter: Number(passkey.counter),
        transports: passkey.transports as AuthenticatorTransportFuture[],
      },
    });
  } catch (error) {
    log.warn("passkey sign-in refused", { reason: error instanceof Error ? error.message : "unknown" });
    throw new AppError("unauthenticated", PASSKEY_SIGN_IN_FAILED);
  }
  if (!verification.verified) throw new AppError("unauthenticated", PASSKEY_SIGN_IN_FAILED);
  // Conditional on the counter read above: two sign-ins racing with one response cannot both pass.
  const { count } = await db.passkey.updateMany({
    where: { id: passkey.id, counter: passkey.counter },
    data: { counter: BigInt(verification.authenticationInfo.newCounter), lastUsedAt: new Date() },
  });
  if (count !== 1) throw new AppError("unauthenticated", PASSKEY_SIGN_IN_FAILED);
  return {
    userId: passkey.user.id,
    sessionVersion: passkey.user.sessionVersion,
    deviceToken: issueDeviceToken(passkey.user.id),
  };
}
