import { createHash } from "node:crypto";
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { LocaleLink as Link } from "@/app/_components/locale-link";
import { staffGate } from "@/app/admin/_lib/gate";
import { type RawSearchParams, firstParam } from "@/app/admin/_lib/search-params";
import { shopLanguageName, translationLanguages } from "@/app/admin/_lib/translation-languages";
import { MAX_OPTION_TEXT } from "@/lib/catalog-admin/option-translation-schemas";
import { getOptionGlossary } from "@/lib/catalog-admin/option-translations";
import { db } from "@/lib/db";
import { saveOptionTranslationsAction } from "./actions";
import { GlossaryCsv } from "./glossary-csv";
import { OptionTranslationsForm } from "./option-translations-form";
import "../../catalog.css";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("adminTranslations");
  return { title: t("optionsTitle"), robots: { index: false } };
}
export const dynamic = "force-dynamic";

/** The option glossary: every option name and value of the catalog, translated once into each other language. */
export default async function OptionTranslationsPage({ searchParams }: { searchParams: Promise<RawSearchParams> }) {
  await staffGate("/admin/translations/options");
  const t = await getTranslations("adminTranslations");
  const languages = translationLanguages();
  const asked = firstParam((await searchParams).language);
  const current = languages.find((l) => l.code === asked) ?? languages[0];
  if (!current) {
    return (
      <main id="main" className="admin-page" tabIndex={-1}>
        <h1>{t("optionsTitle")}</h1>
        <p>{t("noLanguages")}</p>
      </main>
    );
  }
  const glossary = await getOptionGlossary(db, current.code);
  const version = createHash("sha1").update(JSON.stringify(glossary)).digest("base64url");
  return (
    <main id="main" className="admin-page" tabIndex={-1}>
      <p>
        <Link href="/admin/translations">← {t("title")}</Link>
      </p>
      <h1>{t("optionsTitle")}</h1>
      <p className="muted">{t("optionsIntro", { shopLanguage: shopLanguageName() })}</p>
      {languages.length > 1 ? (
        <nav aria-label={t("languages")} className="page-actions">
          {languages.map((language) => (
            <Link
              key={language.code}
              href={`/admin/translations/options?language=${language.code}`}
              aria-current={language.code === current.code ? "page" : undefined}
            >
              {language.label}
            </Link>
          ))}
        </nav>
      ) : null}
      <h2>{current.label}</h2>
      {glossary.names.length === 0 && glossary.values.length === 0 ? (
        <p>{t("optionsNone")}</p>
      ) : (
        // Keyed by language, so switching language shows that language's texts, not the last form's.
        <OptionTranslationsForm
          key={current.code}
          version={version}
          action={saveOptionTranslationsAction}
          language={current}
          glossary={glossary}
          max={MAX_OPTION_TEXT}
        />
      )}
      <GlossaryCsv language={current} />
    </main>
  );
}
