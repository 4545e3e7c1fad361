import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { pendingSignInFromCookies } from "@/lib/auth/session";
import { safeReturnPath } from "@/lib/http/safe-redirect";
import { readPendingToken } from "@/lib/two-factor/sign-in-tokens";
import { TwoFactorCodeForm } from "./two-factor-code-form";

export const metadata: Metadata = { title: "Two-factor sign-in", robots: { index: false } };

type Search = Promise<Record<string, string | string[] | undefined>>;

export default async function TwoFactorPage({ searchParams }: { searchParams: Search }) {
  const next = safeReturnPath((await searchParams).next);
  // Without a current pending sign-in there is nothing to confirm: back to the password.
  if (!readPendingToken("code", await pendingSignInFromCookies())) redirect(`/login?next=${encodeURIComponent(next)}`);
  return (
    <>
      <h1>Two-factor sign-in</h1>
      <p>Enter the 6-digit code from your authenticator app, or one of your recovery codes.</p>
      <TwoFactorCodeForm next={next} />
      <p>
        <Link href={`/login?next=${encodeURIComponent(next)}`}>Start again with your password</Link>
      </p>
    </>
  );
}
