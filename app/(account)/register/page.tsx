import type { Metadata } from "next";
import Link from "next/link";
import { AccountForm } from "@/app/(account)/_components/account-form";
import { registerAction } from "@/app/(account)/actions";
import { MAX_PASSWORD_LENGTH, MIN_PASSWORD_LENGTH } from "@/lib/accounts/schemas";

export const metadata: Metadata = { title: "Create an account", robots: { index: false } };

export default function RegisterPage() {
  return (
    <>
      <h1>Create an account</h1>
      <AccountForm
        action={registerAction}
        submitLabel="Create account"
        fields={[
          { name: "name", label: "Your name", autoComplete: "name", maxLength: 100 },
          { name: "email", label: "E-mail address", type: "email", autoComplete: "email", maxLength: 254 },
          {
            name: "password",
            label: "Password",
            type: "password",
            autoComplete: "new-password",
            hint: `${MIN_PASSWORD_LENGTH} to ${MAX_PASSWORD_LENGTH} characters. A few unrelated words make a strong one.`,
          },
        ]}
      />
      <p>
        Already have an account? <Link href="/login">Log in</Link>
      </p>
    </>
  );
}
