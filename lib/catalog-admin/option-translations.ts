import { requireWrite } from "@/lib/admin/require-write";
import type { StaffActor } from "@/lib/admin/staff-actor";
import { recordAudit } from "@/lib/audit/record-audit";
import { glossaryText, optionTextsOf } from "@/lib/catalog/option-texts";
import type { Db } from "@/lib/db";
import type { OptionTranslationsInput } from "./option-translation-schemas";
import { refreshStorefront } from "./refresh-storefront";

// The option glossary (lib/catalog/option-texts.ts) as staff see and edit it: every option name and value of the
// catalog's products (archived ones aside), each with its translation in one language.

export interface OptionGlossary {
  names: { source: string; text: string }[];
  values: { source: string; text: string }[];
}

/** The catalog's option names and values, A to Z, with their translations in `language` ("" when none). */
export async function getOptionGlossary(db: Db, language: string): Promise<OptionGlossary> {
  const [names, values, rows] = await Promise.all([
    db.$queryRaw<{ source: string }[]>`
      SELECT DISTINCT n AS source FROM products p, unnest(p."optionNames") n
      WHERE p.status <> 'ARCHIVED' ORDER BY 1`,
    db.$queryRaw<{ source: string }[]>`
      SELECT DISTINCT e.value AS source
      FROM product_variants v JOIN products p ON p.id = v."productId", jsonb_each_text(v."optionValues") e
      WHERE p.status <> 'ARCHIVED' AND v.active ORDER BY 1`,
    db.optionTranslation.findMany({ where: { language } }),
  ]);
  const texts = optionTextsOf(rows);
  return {
    names: names.map(({ source }) => ({ source, text: glossaryText(texts.names, source) ?? "" })),
    values: values.map(({ source }) => ({ source, text: glossaryText(texts.values, source) ?? "" })),
  };
}

/**
 * Saves one language's translations of the texts sent: a changed one is written, an emptied one removed, the rest
 * left alone; one audit record names each change as "<kind>:<source>". Saving the same texts again changes nothing.
 */
export async function saveOptionTranslations(
  db: Db,
  actor: StaffActor,
  input: OptionTranslationsInput,
): Promise<{ changed: number }> {
  requireWrite(actor);
  const { language } = input;
  const changed = await db.$transaction(async (tx) => {
    // One save per language at a time, so two staff members' before/after records stay true.
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext('option_translations'), hashtext(${language}))`;
    const stored = new Map(
      (await tx.optionTranslation.findMany({ where: { language } })).map((r) => [`${r.kind}:${r.source}`, r.text]),
    );
    const before: Record<string, string | null> = {};
    const after: Record<string, string | null> = {};
    for (const { kind, source, text } of input.entries) {
      const key = `${kind}:${source}`;
      const was = stored.get(key) ?? null;
      if (was === text) continue;
      before[key] = was;
      after[key] = text;
      const id = { language_kind_source: { language, kind, source } };
      if (text === null) await tx.optionTranslation.delete({ where: id });
      else await tx.optionTranslation.upsert({ where: id, create: { language, kind, source, text }, update: { text } });
    }
    const count = Object.keys(after).length;
    if (count > 0) {
      await recordAudit(tx, actor, {
        action: "option_text.translate",
        entityType: "option_text",
        entityId: null,
        before: { language, ...before },
        after: { language, ...after },
      });
    }
    return count;
  });
  if (changed > 0) await refreshStorefront();
  return { changed };
}
