import type { StaffActor } from "@/lib/admin/staff-actor";
import { requireWrite } from "@/lib/admin/require-write";
import { recordAudit } from "@/lib/audit/record-audit";
import { refreshStorefront } from "@/lib/catalog-admin/refresh-storefront";
import type { Db } from "@/lib/db";
import { notFound } from "@/lib/errors";
import type { SetCategoryFeedTextInput } from "./schemas";

/** Sets a category's text on one site's feed; blank text removes it (the feed then uses the category's name). */
export async function setCategoryFeedText(db: Db, actor: StaffActor, input: SetCategoryFeedTextInput): Promise<void> {
  requireWrite(actor);
  const changed = await db.$transaction(async (tx) => {
    const category = await tx.category.findUnique({ where: { id: input.categoryId }, select: { id: true } });
    if (!category) throw notFound("The category was not found.");
    const key = { categoryId_site: { categoryId: category.id, site: input.site } };
    const before = (await tx.feedCategoryMapping.findUnique({ where: key, select: { text: true } }))?.text ?? "";
    if (before === input.text) return false;
    if (input.text === "") await tx.feedCategoryMapping.delete({ where: key });
    else {
      await tx.feedCategoryMapping.upsert({
        where: key,
        create: { categoryId: category.id, site: input.site, text: input.text },
        update: { text: input.text },
      });
    }
    await recordAudit(tx, actor, {
      action: "feed.category_text",
      entityType: "category",
      entityId: category.id,
      before: { site: input.site, text: before },
      after: { site: input.site, text: input.text },
    });
    return true;
  });
  if (changed) await refreshStorefront();
}
