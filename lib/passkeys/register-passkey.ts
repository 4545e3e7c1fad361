import {
  type AuthenticatorTransportFuture,
  generateRegistrationOptions,
  verifyRegistrationResponse,
} from "@simplewebauthn/server";
import type { PublicKeyCredentialCreationOptionsJSON, RegistrationResponseJSON } from "@simplewebauthn/server";
import type { Db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { log } from "@/lib/log";
import { relyingParty } from "./relying-party";

export const MAX_PASSKEYS = 10;
export const PASSKEY_NOT_VERIFIED = "The passkey could not be verified. Please try again.";

/** Options for the browser to create a passkey for this account (its existing ones excluded). */
export async function registrationOptions(
  db: Db,
  user: { id: string; email: string; name: string },
): Promise<PublicKeyCredentialCreationOptionsJSON> {
  const existing = await db.passkey.findMany({
    where: { userId: user.id },
    select: { credentialId: true, transports: true },
  });
  if (existing.length >= MAX_PASSKEYS) {
    throw new AppError("conflict", "You have the most passkeys an account can have. Remove one first.");
  }
  return generateRegistrationOptions({
    rpName: relyingParty.name,
    rpID: relyingParty.id,
    userName: user.email,
    userDisplayName: user.name,
    // The account id as the user handle: the authenticator returns it when signing in with a discoverable passkey.
    userID: new TextEncoder().encode(user.id),
    attestationType: "none",
    excludeCredentials: existing.map((p) => ({
      id: p.credentialId,
      transports: p.transports as AuthenticatorTransportFuture[],
    })),
    authenticatorSelection: { residentKey: "required", userVerification: "required" },
  });
}

/** Checks the browser's answer against the challenge it was given and keeps the passkey. */
export async function registerPasskey(
  db: Db,
  userId: string,
  input: { name: string; response: RegistrationResponseJSON; expectedChallenge: string },
): Promise<{ id: string }> {
  let verification;
  try {
    verification = await verifyRegistrationResponse({
      response: input.response,
      expectedChallenge: input.expectedChallenge,
      expectedOrigin: relyingParty.origin,
      expectedRPID: relyingParty.id,
      requireUserVerification: true,
    });
  } catch (error) {
    log.warn("passkey registration refused", { reason: error instanceof Error ? error.message : "unknown" });
    throw new AppError("invalid_input", PASSKEY_NOT_VERIFIED);
  }
  if (!verification.verified) throw new AppError("invalid_input", PASSKEY_NOT_VERIFIED);
  const { credential } = verification.registrationInfo;
  const count = await db.passkey.count({ where: { userId } });
  if (count >= MAX_PASSKEYS) {
    throw new AppError("conflict", "You have the most passkeys an account can have. Remove one first.");
  }
  const created = await db.passkey.create({
    data: {
      userId,
      credentialId: credential.id,
      publicKey: Buffer.from(credential.publicKey),
      counter: BigInt(credential.counter),
      transports: credential.transports ?? [],
      name: input.name,
    },
    select: { id: true },
  });
  log.info("passkey added", { userId });
  return created;
}
