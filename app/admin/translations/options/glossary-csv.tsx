"use client";

import { useRouter } from "next/navigation";
import { useLocale, useTranslations } from "next-intl";
import { type FormEvent, useState } from "react";
import { FormMessage } from "@/app/_components/form-message";
import { postToApi } from "@/app/admin/_lib/post-to-api";
import type { FieldErrors } from "@/lib/errors";

const ENDPOINT = "/api/admin/option-translations.csv";

type Result =
  | { status: "idle" }
  | { status: "success"; message: string }
  | { status: "error"; message: string; fields?: FieldErrors };

/**
 * The glossary as a CSV file, to translate in a spreadsheet: the export link, and the import, which sends the file
 * to POST /api/admin/option-translations.csv (the API integrations use) and shows its answer, line by line when a
 * line is refused (nothing is saved then). Refusals come in the page's language (Accept-Language).
 */
export function GlossaryCsv({ language }: { language: { code: string; label: string } }) {
  const router = useRouter();
  const t = useTranslations("adminTranslations");
  const locale = useLocale();
  const [pending, setPending] = useState(false);
  const [result, setResult] = useState<Result>({ status: "idle" });

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    const file = new FormData(form).get("file");
    if (!(file instanceof File) || file.size === 0) {
      setResult({ status: "error", message: t("csvChoose") });
      return;
    }
    setPending(true);
    setResult({ status: "idle" });
    try {
      const answer = await postToApi<{ texts: number; changed: number }>(ENDPOINT, file, locale, {
        "content-type": "text/csv",
      });
      if (answer.ok) {
        form.reset();
        setResult({ status: "success", message: t("csvImported", answer.body) });
        router.refresh();
        return;
      }
      setResult({
        status: "error",
        message: answer.message ?? t("csvFailedStatus", { status: answer.status }),
        fields: answer.fields,
      });
    } catch {
      setResult({ status: "error", message: t("csvInterrupted") });
    } finally {
      setPending(false);
    }
  }

  const problems = result.status === "error" ? Object.entries(result.fields ?? {}) : [];
  return (
    <section aria-labelledby="glossary-csv-heading" className="glossary-csv">
      <h3 id="glossary-csv-heading">{t("csvHeading")}</h3>
      <p className="muted">{t("csvIntro")}</p>
      <p>
        <a className="button button-secondary" href={`${ENDPOINT}?language=${language.code}`} download>
          {t("csvExport", { language: language.label })}
        </a>
      </p>
      <form className="stack-form" onSubmit={(event) => void submit(event)} aria-busy={pending} noValidate>
        <FormMessage state={result}>
          {problems.length > 0 ? (
            <ul>
              {problems.map(([where, message]) => (
                <li key={where}>
                  {where === "file" ? message : t("csvLine", { line: where.replace(/^line /, ""), message })}
                </li>
              ))}
            </ul>
          ) : null}
        </FormMessage>
        <div className="form-field">
          <label htmlFor="glossary-csv-file">{t("csvFile")}</label>
          <input id="glossary-csv-file" name="file" type="file" accept=".csv,text/csv" />
        </div>
        <div>
          <button type="submit" className="button" disabled={pending}>
            {pending ? t("csvImporting") : t("csvImport")}
          </button>
        </div>
      </form>
    </section>
  );
}
