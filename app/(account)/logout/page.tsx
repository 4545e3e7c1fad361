import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { logOutAction } from "@/app/(account)/actions";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("auth");
  return { title: t("logOut"), robots: { index: false } };
}

// Logging out changes state, so it is a POST from this form, never a plain link.
export default async function LogoutPage() {
  const t = await getTranslations("auth");
  return (
    <>
      <h1>{t("logOut")}</h1>
      <p>{t("logOutIntro")}</p>
      <form action={logOutAction}>
        <button className="button" type="submit">
          {t("logOut")}
        </button>
      </form>
    </>
  );
}
