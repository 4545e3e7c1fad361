import { z } from "zod";
import { safeString } from "@/lib/validation";

// The browser's JSON for a WebAuthn response (as @simplewebauthn/browser sends it): bounded strings, the library
// checks the content (signatures, origin, RP ID, challenge).

const base64url = safeString()
  .regex(/^[\w-]*$/, "Not a valid passkey response.")
  .max(16_384);

export const passkeyNameSchema = safeString()
  .trim()
  .min(1, "Give the passkey a name.")
  .max(60, "Use at most 60 characters.");

const clientExtensionResults = z.record(safeString(), z.unknown()).default({});

export const registrationResponseSchema = z.object({
  id: base64url,
  rawId: base64url,
  type: z.literal("public-key"),
  authenticatorAttachment: z.enum(["platform", "cross-platform"]).optional(),
  clientExtensionResults,
  response: z.object({
    clientDataJSON: base64url,
    attestationObject: base64url,
    transports: z
      .array(z.enum(["ble", "cable", "hybrid", "internal", "nfc", "smart-card", "usb"]))
      .max(10)
      .optional(),
    publicKeyAlgorithm: z.number().int().optional(),
    publicKey: base64url.optional(),
    authenticatorData: base64url.optional(),
  }),
});

export const authenticationResponseSchema = z.object({
  id: base64url,
  rawId: base64url,
  type: z.literal("public-key"),
  authenticatorAttachment: z.enum(["platform", "cross-platform"]).optional(),
  clientExtensionResults,
  response: z.object({
    clientDataJSON: base64url,
    authenticatorData: base64url,
    signature: base64url,
    userHandle: base64url.optional(),
  }),
});

export const registerPasskeyBody = z.strictObject({ name: passkeyNameSchema, response: registrationResponseSchema });
export const renamePasskeyBody = z.strictObject({ name: passkeyNameSchema });
export const authenticateBody = z.strictObject({ response: authenticationResponseSchema });

export const passkeyIdParams = z.object({ id: z.uuid("The passkey was not found.") });
