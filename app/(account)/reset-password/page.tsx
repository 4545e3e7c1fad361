import type { Metadata } from "next";
import Link from "next/link";
import { AccountForm } from "@/app/(account)/_components/account-form";
import { resetPasswordAction } from "@/app/(account)/actions";
import { MAX_PASSWORD_LENGTH, MIN_PASSWORD_LENGTH } from "@/lib/accounts/schemas";

export const metadata: Metadata = { title: "Choose a new password", robots: { index: false }, referrer: "no-referrer" };

type Search = Promise<Record<string, string | string[] | undefined>>;

export default async function ResetPasswordPage({ searchParams }: { searchParams: Search }) {
  const { token } = await searchParams;
  if (typeof token !== "string" || token.length === 0) {
    return (
      <>
        <h1>Choose a new password</h1>
        <p>
          This page needs the link from your e-mail. <Link href="/forgot-password">Ask for a new link</Link>.
        </p>
      </>
    );
  }
  return (
    <>
      <h1>Choose a new password</h1>
      <AccountForm
        action={resetPasswordAction}
        hidden={{ token }}
        submitLabel="Save the new password"
        fields={[
          {
            name: "password",
            label: "New password",
            type: "password",
            autoComplete: "new-password",
            hint: `${MIN_PASSWORD_LENGTH} to ${MAX_PASSWORD_LENGTH} characters.`,
          },
        ]}
      />
      <p>
        Link not working? <Link href="/forgot-password">Ask for a new one</Link>.
      </p>
    </>
  );
}
