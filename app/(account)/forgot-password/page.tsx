import type { Metadata } from "next";
import Link from "next/link";
import { AccountForm } from "@/app/(account)/_components/account-form";
import { forgotPasswordAction } from "@/app/(account)/actions";

export const metadata: Metadata = { title: "Forgot your password?", robots: { index: false } };

export default function ForgotPasswordPage() {
  return (
    <>
      <h1>Forgot your password?</h1>
      <p>Enter the e-mail address of your account and we will send you a link to choose a new password.</p>
      <AccountForm
        action={forgotPasswordAction}
        submitLabel="Send the link"
        fields={[{ name: "email", label: "E-mail address", type: "email", autoComplete: "email", maxLength: 254 }]}
      />
      <p>
        <Link href="/login">Back to log in</Link>
      </p>
    </>
  );
}
