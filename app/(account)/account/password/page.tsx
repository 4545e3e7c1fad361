import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { AccountForm } from "@/app/(account)/_components/account-form";
import { changePasswordAction } from "@/app/(account)/actions";
import { MAX_PASSWORD_LENGTH, MIN_PASSWORD_LENGTH } from "@/lib/accounts/schemas";
import { getCurrentUser } from "@/lib/auth/current-user";

export const metadata: Metadata = { title: "Change password", robots: { index: false } };

export default async function ChangePasswordPage() {
  if (!(await getCurrentUser())) redirect("/login?next=/account/password");
  return (
    <>
      <h1>Change password</h1>
      <p>Changing your password logs you out on your other devices.</p>
      <AccountForm
        action={changePasswordAction}
        submitLabel="Change password"
        fields={[
          { name: "currentPassword", label: "Current password", type: "password", autoComplete: "current-password" },
          {
            name: "newPassword",
            label: "New password",
            type: "password",
            autoComplete: "new-password",
            hint: `${MIN_PASSWORD_LENGTH} to ${MAX_PASSWORD_LENGTH} characters.`,
          },
        ]}
      />
      <p>
        <Link href="/account">Back to your account</Link>
      </p>
    </>
  );
}
