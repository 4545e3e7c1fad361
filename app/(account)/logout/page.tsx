import type { Metadata } from "next";
import { logOutAction } from "@/app/(account)/actions";

export const metadata: Metadata = { title: "Log out", robots: { index: false } };

// Logging out changes state, so it is a POST from this form, never a plain link.
export default function LogoutPage() {
  return (
    <>
      <h1>Log out</h1>
      <p>This logs you out on every device where you are logged in.</p>
      <form action={logOutAction}>
        <button className="button" type="submit">
          Log out
        </button>
      </form>
    </>
  );
}
