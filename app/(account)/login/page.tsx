import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { AccountForm } from "@/app/(account)/_components/account-form";
import { logInAction } from "@/app/(account)/actions";
import { REGISTERED_MESSAGE } from "@/lib/accounts/messages";
import { getCurrentUser } from "@/lib/auth/current-user";
import { safeReturnPath } from "@/lib/http/safe-redirect";

export const metadata: Metadata = { title: "Log in", robots: { index: false } };

type Search = Promise<Record<string, string | string[] | undefined>>;

export default async function LoginPage({ searchParams }: { searchParams: Search }) {
  const search = await searchParams;
  const next = safeReturnPath(search.next);
  if (await getCurrentUser()) redirect(next);
  return (
    <>
      <h1>Log in</h1>
      {search.registered ? <p className="form-message form-message-success">{REGISTERED_MESSAGE}</p> : null}
      {search.reset ? (
        <p className="form-message form-message-success">Your password has been changed. Log in with it now.</p>
      ) : null}
      <AccountForm
        action={logInAction}
        hidden={{ next }}
        submitLabel="Log in"
        fields={[
          { name: "email", label: "E-mail address", type: "email", autoComplete: "email", maxLength: 254 },
          { name: "password", label: "Password", type: "password", autoComplete: "current-password" },
        ]}
      />
      <p>
        <Link href="/forgot-password">Forgot your password?</Link>
      </p>
      <p>
        New here? <Link href="/register">Create an account</Link>
      </p>
    </>
  );
}
