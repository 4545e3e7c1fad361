import { MAX_GLOSSARY_CSV_BYTES } from "@/lib/catalog-admin/csv-format";
import { optionGlossaryQuerySchema } from "@/lib/catalog-admin/option-translation-schemas";
import { getOptionGlossary, saveOptionTranslations } from "@/lib/catalog-admin/option-translations";
import { optionGlossaryCsv, parseOptionGlossaryCsv } from "@/lib/catalog-admin/option-translations-csv";
import { db } from "@/lib/db";
import { adminHandler } from "@/lib/http/admin-handler";
import { readTextBody } from "@/lib/http/read-body";

/** One language's option glossary as CSV: every option name and value of the catalog, translated or not. */
export const GET = adminHandler({ access: "read", query: optionGlossaryQuerySchema }, async ({ query }) => {
  const csv = optionGlossaryCsv(await getOptionGlossary(db, query.language), query.language);
  return new Response(csv, {
    headers: {
      "content-type": "text/csv; charset=utf-8",
      "content-disposition": `attachment; filename="option-texts-${query.language}.csv"`,
      "cache-control": "private, no-store",
      "x-content-type-options": "nosniff",
    },
  });
});

/** Saves a glossary CSV (the export's columns) as the glossary form does: every line, or none. */
export const POST = adminHandler({ access: "write" }, async ({ request, actor }) => {
  const csv = await readTextBody(
    request,
    ["text/csv", "text/plain", "application/csv", "application/vnd.ms-excel"],
    MAX_GLOSSARY_CSV_BYTES,
  );
  const input = parseOptionGlossaryCsv(csv);
  const { changed } = await saveOptionTranslations(db, actor, input);
  return { language: input.language, texts: input.entries.length, changed };
});
