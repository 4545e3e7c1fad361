import type { StaffActor } from "@/lib/admin/staff-actor";
import { serverMessage } from "@/lib/i18n/server-message";
import { recordAudit } from "@/lib/audit/record-audit";
import type { Db } from "@/lib/db";
import { invalidInput } from "@/lib/errors";
import { isUniqueViolation } from "@/lib/db/errors";
import type { CategoryCreateInput } from "./schemas";
import { refreshStorefront } from "./refresh-storefront";
import { slugify } from "./slugify";
import { toAdminCategory } from "./list-admin-categories";
import type { AdminCategory } from "./types";

const slugTaken = (slug: string) =>
  invalidInput({ slug: serverMessage("The slug “{slug}” is already used by another category.", { slug }) });

/** A new category, placed last unless a position is given. */
export async function createCategory(db: Db, actor: StaffActor, input: CategoryCreateInput): Promise<AdminCategory> {
  const slug = input.slug ?? slugify(input.name);
  if (!slug) throw invalidInput({ slug: "Give a slug: the name has no letters or digits to make one from." });
  try {
    const category = await db.$transaction(async (tx) => {
      if (await tx.category.findUnique({ where: { slug }, select: { id: true } })) throw slugTaken(slug);
      const last = await tx.category.aggregate({ _max: { position: true } });
      const created = await tx.category.create({
        data: {
          name: input.name,
          slug,
          description: input.description,
          position: input.position ?? (last._max.position ?? -1) + 1,
        },
      });
      const after = toAdminCategory(created, 0);
      await recordAudit(tx, actor, { action: "category.create", entityType: "category", entityId: created.id, after });
      return after;
    });
    await refreshStorefront();
    return category;
  } catch (error) {
    throw isUniqueViolation(error, "slug") ? slugTaken(slug) : error;
  }
}
