import { defaultLanguage, formattingLocale, isEnabledLanguage } from "@/lib/i18n/languages";
import type { InvoiceDocument } from "./invoice-document";

/** The language of a document being issued (the order's; the shop's own by default) and its formatting locale. */
export function documentLanguage(language: string | undefined): Pick<InvoiceDocument, "language" | "locale"> {
  const chosen = isEnabledLanguage(language) ? language : defaultLanguage;
  return { language: chosen, locale: formattingLocale(chosen) };
}

/** Dates on documents: Czech invoices write them "4. 12. 2026"; others keep the long form ("4 December 2026"). */
const DATE_FORMATS: Record<string, Intl.DateTimeFormatOptions> = {
  cs: { day: "numeric", month: "numeric", year: "numeric" },
};

export function formatDocumentDate(iso: string, doc: Pick<InvoiceDocument, "language" | "locale">): string {
  const options = DATE_FORMATS[doc.language ?? ""] ?? { dateStyle: "long" };
  return new Intl.DateTimeFormat(doc.locale, { ...options, timeZone: "UTC" }).format(new Date(iso));
}
