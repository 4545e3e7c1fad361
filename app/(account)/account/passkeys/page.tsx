import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { getCurrentUser } from "@/lib/auth/current-user";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { formattingLocale } from "@/lib/i18n/languages";
import { localeHref } from "@/lib/i18n/paths";
import { currentLanguage } from "@/lib/i18n/request-language";
import { listPasskeys } from "@/lib/passkeys/manage-passkeys";
import { PasskeyManager } from "./passkey-manager";
import { PageTranslations } from "@/app/_components/page-translations";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("passkeys");
  return { title: t("title"), robots: { index: false } };
}

export default async function PasskeysPage() {
  const user = await getCurrentUser();
  if (!user) redirect(await localeHref("/login?next=/account/passkeys"));
  const [t, language, passkeys] = await Promise.all([
    getTranslations("passkeys"),
    currentLanguage(),
    listPasskeys(db, user.id),
  ]);
  const date = new Intl.DateTimeFormat(formattingLocale(language), {
    dateStyle: "medium",
    timeZone: env.SHOP_TIME_ZONE,
  });
  return (
    <>
      <h1>{t("title")}</h1>
      <p>{t("intro")}</p>
      <PageTranslations namespaces={["passkeys"]}>
        <PasskeyManager
          passkeys={passkeys.map((p) => ({
            id: p.id,
            name: p.name,
            added: date.format(new Date(p.createdAt)),
            lastUsed: p.lastUsedAt ? date.format(new Date(p.lastUsedAt)) : null,
          }))}
        />
      </PageTranslations>
    </>
  );
}
