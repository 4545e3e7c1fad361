import { issueDeviceToken } from "@/lib/auth/device-cookie";
import type { SessionClaims } from "@/lib/auth/session-token";
import type { Db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { confirmEnrolment } from "./confirm-enrolment";
import { type SignInBinding, type PendingStep, issueTrustedDeviceToken, readPendingToken } from "./sign-in-tokens";
import { type Enrolment, startEnrolment } from "./start-enrolment";
import { type SecondFactorLimits, secondFactorLimits, verifySecondFactor } from "./verify-second-factor";

export const SIGN_IN_EXPIRED = "Your sign-in has expired. Log in with your password again.";

export interface SignedIn {
  claims: SessionClaims;
  /** The known-device cookie for sign-in throttling (lib/auth/device-cookie.ts). */
  deviceToken: string;
  /** Set when the owner asked to skip the code on this device for 30 days. */
  trustedDeviceToken?: string;
}

/** The account a pending token names, if the token is genuine and current and the account may still sign in. */
async function pendingAccount(db: Db, step: PendingStep, raw: string | undefined): Promise<SignInBinding> {
  const binding = readPendingToken(step, raw);
  if (!binding) throw new AppError("unauthenticated", SIGN_IN_EXPIRED);
  const user = await db.user.findUnique({
    where: { id: binding.userId },
    select: { sessionVersion: true, disabledAt: true, twoFactorEnabledAt: true },
  });
  const stepStillApplies = step === "code" ? Boolean(user?.twoFactorEnabledAt) : !user?.twoFactorEnabledAt;
  if (!user || user.disabledAt || user.sessionVersion !== binding.sessionVersion || !stepStillApplies) {
    throw new AppError("unauthenticated", SIGN_IN_EXPIRED);
  }
  return binding;
}

/** The code step of a sign-in: a TOTP or recovery code for the account the pending token names. */
export async function completeSignInWithCode(
  db: Db,
  pendingToken: string | undefined,
  input: { code: string; remember: boolean },
  limits: SecondFactorLimits = secondFactorLimits,
): Promise<SignedIn> {
  const binding = await pendingAccount(db, "code", pendingToken);
  await verifySecondFactor(db, binding.userId, input.code, limits);
  return {
    claims: { ...binding, secondFactor: true },
    deviceToken: issueDeviceToken(binding.userId),
    ...(input.remember ? { trustedDeviceToken: issueTrustedDeviceToken(binding) } : {}),
  };
}

/** The set-up shown to staff who must enrol before their first session. */
export async function enrolmentForSignIn(db: Db, pendingToken: string | undefined): Promise<Enrolment> {
  const binding = await pendingAccount(db, "enrol", pendingToken);
  return startEnrolment(db, binding.userId);
}

/** Confirms that set-up with a code from the app; the session starts with it, and the recovery codes are shown. */
export async function completeSignInWithEnrolment(
  db: Db,
  pendingToken: string | undefined,
  code: string,
  limits: SecondFactorLimits = secondFactorLimits,
  /** The language of the request: the owner's e-mail speaks it. */
  language?: string,
): Promise<SignedIn & { recoveryCodes: string[] }> {
  const binding = await pendingAccount(db, "enrol", pendingToken);
  const enrolled = await confirmEnrolment(db, binding.userId, code, limits, language);
  return {
    claims: { userId: binding.userId, sessionVersion: enrolled.sessionVersion, secondFactor: true },
    deviceToken: issueDeviceToken(binding.userId),
    recoveryCodes: enrolled.recoveryCodes,
  };
}
