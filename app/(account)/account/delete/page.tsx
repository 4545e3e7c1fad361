import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { AccountForm } from "@/app/(account)/_components/account-form";
import { getCurrentUser } from "@/lib/auth/current-user";
import { deleteAccountAction } from "../actions";

export const metadata: Metadata = { title: "Delete your account", robots: { index: false } };

export default async function DeleteAccountPage() {
  if (!(await getCurrentUser())) redirect("/login?next=/account/delete");
  return (
    <>
      <h1>Delete your account</h1>
      <p>
        This removes your name, e-mail address and saved addresses and logs you out everywhere. Orders stay in our
        books, as the law requires, without your personal details. This cannot be undone.
      </p>
      <p>
        You may want to <a href="/api/account/export">download your data</a> first.
      </p>
      <AccountForm
        action={deleteAccountAction}
        submitLabel="Delete my account"
        fields={[
          { name: "password", label: "Your password, to confirm", type: "password", autoComplete: "current-password" },
        ]}
      />
      <p>
        <Link href="/account">Keep my account</Link>
      </p>
    </>
  );
}
