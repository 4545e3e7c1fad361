import { z } from "zod";
import { safeString } from "@/lib/validation";

// The code typed at sign-in, at enrolment and to turn two-factor sign-in off: six digits from the app, or a
// recovery code (xxxxx-xxxxx). Spaces and hyphens are ignored; anything else is refused before any lookup.

const CODE_MESSAGE = "Enter the 6-digit code from your app, or one of your recovery codes.";

export const secondFactorCodeSchema = safeString({ error: CODE_MESSAGE })
  .max(40, CODE_MESSAGE)
  .transform((value) => value.replace(/[\s-]/g, "").toLowerCase())
  .pipe(safeString().regex(/^(\d{6}|[a-z0-9]{10})$/, CODE_MESSAGE));

export const appCodeSchema = safeString({ error: "Enter the 6-digit code from your app." })
  .max(40, "Enter the 6-digit code from your app.")
  .transform((value) => value.replace(/\s/g, ""))
  .pipe(safeString().regex(/^\d{6}$/, "Enter the 6-digit code from your app."));

const checkbox = z.preprocess((value) => value === "on" || value === "true" || value === true, z.boolean());

export const verifySignInSchema = z.object({ code: secondFactorCodeSchema, remember: checkbox.default(false) });

/** The same for JSON clients (POST /api/session/two-factor): `remember` is a boolean, and nothing else is accepted. */
export const verifySignInBodySchema = z.strictObject({
  code: secondFactorCodeSchema,
  remember: z.boolean().default(false).meta({ description: "Skip the code on this client for 30 days." }),
});

export const confirmEnrolmentSchema = z.object({ code: appCodeSchema });

export const disableTwoFactorSchema = z.object({
  password: safeString({ error: "Enter your password." })
    .min(1, "Enter your password.")
    .max(200, "Enter your password."),
  code: secondFactorCodeSchema,
});

export type VerifySignInInput = z.infer<typeof verifySignInSchema>;
export type DisableTwoFactorInput = z.infer<typeof disableTwoFactorSchema>;

/** An administrator's reset of someone else's second factor (the admin account page's button). */
export const resetTwoFactorSchema = z.object({ id: z.uuid("Unknown account.") });
