import type { Metadata } from "next";
import { connection } from "next/server";
import { getTranslations } from "next-intl/server";
import { issueFormToken } from "@/lib/contact/form-token";
import { env } from "@/lib/env";
import { ContactForm } from "./contact-form";
import { PageTranslations } from "@/app/_components/page-translations";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("contact");
  return { title: t("title"), description: t("description", { shop: env.SHOP_NAME }) };
}

export default async function ContactPage() {
  // Every visit gets its own signed start time, so the page is rendered per request.
  await connection();
  const t = await getTranslations("contact");
  return (
    <div className="contact-page">
      <h1>{t("title")}</h1>
      <p>{t("intro")}</p>
      <PageTranslations namespaces={["contact"]}>
        <ContactForm formToken={issueFormToken()} shopName={env.SHOP_NAME} />
      </PageTranslations>
    </div>
  );
}
