import { LocaleLink as Link } from "./locale-link";
import { getCurrentUser } from "@/lib/auth/current-user";

/** "Log in" for visitors, "Your account" for customers: for the site header. */
export async function AccountLink() {
  const user = await getCurrentUser();
  return user ? <Link href="/account">Your account</Link> : <Link href="/login">Log in</Link>;
}
