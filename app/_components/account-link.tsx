import { getTranslations } from "next-intl/server";
import { LocaleLink as Link } from "./locale-link";
import { getCurrentUser } from "@/lib/auth/current-user";

/** "Log in" for visitors, "Your account" for customers: for the site header. */
export async function AccountLink() {
  const [user, t] = await Promise.all([getCurrentUser(), getTranslations("auth")]);
  return user ? <Link href="/account">{t("yourAccount")}</Link> : <Link href="/login">{t("logIn")}</Link>;
}
