import type { StaffActor } from "@/lib/admin/staff-actor";
import { serverMessage } from "@/lib/i18n/server-message";
import { recordAudit } from "@/lib/audit/record-audit";
import type { Db } from "@/lib/db";
import { isUniqueViolation } from "@/lib/db/errors";
import { invalidInput } from "@/lib/errors";
import { changedFields } from "./changes";
import { toAdminCategory } from "./list-admin-categories";
import { lockCategory } from "./locks";
import { refreshStorefront } from "./refresh-storefront";
import type { CategoryUpdateInput } from "./schemas";
import type { AdminCategory } from "./types";

const slugTaken = (slug: string) =>
  invalidInput({ slug: serverMessage("The slug “{slug}” is already used by another category.", { slug }) });

/**
 * Renames, re-slugs, repositions or (un)archives a category. An archived category and its products disappear from
 * the storefront but stay in the admin, so archiving is undone by unarchiving.
 */
export async function updateCategory(
  db: Db,
  actor: StaffActor,
  id: string,
  patch: CategoryUpdateInput,
): Promise<AdminCategory> {
  try {
    const category = await db.$transaction(async (tx) => {
      await lockCategory(tx, id);
      const before = await tx.category.findUniqueOrThrow({
        where: { id },
        select: { name: true, slug: true, description: true, position: true, archived: true },
      });
      const diff = changedFields(before, patch);
      if (diff) {
        if (diff.after.slug) {
          const taken = await tx.category.findUnique({ where: { slug: diff.after.slug }, select: { id: true } });
          if (taken && taken.id !== id) throw slugTaken(diff.after.slug);
        }
        await tx.category.update({ where: { id }, data: diff.after });
        await recordAudit(tx, actor, {
          action:
            diff.after.archived === undefined
              ? "category.update"
              : diff.after.archived
                ? "category.archive"
                : "category.unarchive",
          entityType: "category",
          entityId: id,
          before: diff.before,
          after: diff.after,
        });
      }
      const row = await tx.category.findUniqueOrThrow({
        where: { id },
        include: { _count: { select: { products: true } } },
      });
      return toAdminCategory(row, row._count.products);
    });
    await refreshStorefront();
    return category;
  } catch (error) {
    throw isUniqueViolation(error, "slug") && patch.slug ? slugTaken(patch.slug) : error;
  }
}
