import type { Db, Tx } from "@/lib/db";
import type { ImportPlan, ImportTranslations, ProductTarget } from "./import-plan";
import { noteChanges } from "./import-changes";
import type { ImportRowPreview } from "./import-types";

// The translations side of an import plan: for each product the file names, the name_<language> and
// description_<language> cells that differ from what is stored (an empty cell clears; a missing column was never
// read). Each change is named in the preview of the product's first row.

export async function planImportTranslations(
  client: Db | Tx,
  targets: Map<string, ProductTarget>,
  plan: Pick<ImportPlan, "newProducts" | "previews">,
): Promise<ImportPlan["translationWrites"]> {
  const withTranslations = [...targets.values()].filter((t) => t.translations.size > 0);
  if (withTranslations.length === 0) return [];
  const existingIds = withTranslations.flatMap((t) => (t.existing ? [t.existing.id] : []));
  const stored = await client.productTranslation.findMany({
    where: { productId: { in: existingIds } },
    select: { productId: true, language: true, name: true, description: true },
  });
  const storedText = new Map(
    stored.flatMap((r) => [
      [`${r.productId}:${r.language}.name`, r.name || null],
      [`${r.productId}:${r.language}.description`, r.description || null],
    ]),
  );
  const created = new Set(plan.newProducts.map((p) => p.id));
  // Each product's first row, in file order.
  const firstPreview = new Map<string, ImportRowPreview>();
  for (const preview of plan.previews)
    if (!firstPreview.has(preview.productSlug)) firstPreview.set(preview.productSlug, preview);

  const writes: ImportPlan["translationWrites"] = [];
  for (const target of withTranslations) {
    // A new product the plan cannot create (it has issues) gets no translations either.
    if (!target.existing && !created.has(target.id)) continue;
    const translations: ImportTranslations = {};
    const changed: string[] = [];
    for (const [key, { value }] of target.translations) {
      if ((storedText.get(`${target.id}:${key}`) ?? null) === value) continue;
      const [language = "", field = ""] = key.split(".");
      (translations[language] ??= {})[field as "name" | "description"] = value;
      changed.push(`${field}_${language}`);
    }
    if (changed.length === 0) continue;
    writes.push({ productId: target.id, translations });
    const preview = firstPreview.get(target.key);
    if (preview) {
      noteChanges(
        preview,
        changed.map((column) => ({ kind: "productTranslation", column })),
      );
      if (preview.action === "unchanged") preview.action = "update";
    }
  }
  return writes;
}
