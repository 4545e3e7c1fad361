import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { AccountForm } from "@/app/(account)/_components/account-form";
import { TwoFactorSetup } from "@/app/(account)/_components/two-factor-setup";
import { getCurrentUser } from "@/lib/auth/current-user";
import { db } from "@/lib/db";
import { twoFactorRequiredFor } from "@/lib/two-factor/policy";
import { unusedRecoveryCodes } from "@/lib/two-factor/recovery-codes";
import { startEnrolment } from "@/lib/two-factor/start-enrolment";
import { disableTwoFactorAction, enableTwoFactorAction } from "./actions";

export const metadata: Metadata = { title: "Two-factor sign-in", robots: { index: false } };

const dateFormat = new Intl.DateTimeFormat("en-IE", { dateStyle: "long", timeZone: "UTC" });

export default async function AccountTwoFactorPage() {
  const user = await getCurrentUser();
  if (!user) redirect("/login?next=/account/two-factor");
  const { twoFactorEnabledAt } = await db.user.findUniqueOrThrow({
    where: { id: user.id },
    select: { twoFactorEnabledAt: true },
  });
  const required = twoFactorRequiredFor(user.role);
  const enrolment = twoFactorEnabledAt ? null : await startEnrolment(db, user.id);
  return (
    <>
      <p>
        <Link href="/account">← Your account</Link>
      </p>
      <h1>Two-factor sign-in</h1>
      {twoFactorEnabledAt ? (
        <>
          <p role="status">
            Two-factor sign-in is <strong>on</strong> since {dateFormat.format(twoFactorEnabledAt)}. You have{" "}
            {await unusedRecoveryCodes(db, user.id)} unused recovery codes.
          </p>
          {required ? (
            <p>Your role requires two-factor sign-in, so it cannot be turned off.</p>
          ) : (
            <section aria-labelledby="disable-heading">
              <h2 id="disable-heading">Turn two-factor sign-in off</h2>
              <AccountForm
                action={disableTwoFactorAction}
                submitLabel="Turn off two-factor sign-in"
                secondary
                fields={[
                  { name: "password", label: "Password", type: "password", autoComplete: "current-password" },
                  {
                    name: "code",
                    label: "Code from your app or a recovery code",
                    autoComplete: "one-time-code",
                    maxLength: 40,
                  },
                ]}
              />
            </section>
          )}
        </>
      ) : (
        <p>
          With two-factor sign-in, signing in needs your password and a code from an authenticator app on your phone, so
          a stolen password alone is not enough.
        </p>
      )}
      {/* Keyed and always rendered: it keeps the recovery codes on screen through the refresh after turning on. */}
      <TwoFactorSetup
        key="two-factor-setup"
        action={enableTwoFactorAction}
        enrolment={enrolment}
        continueHref="/account"
        continueLabel="Back to your account"
      />
    </>
  );
}
