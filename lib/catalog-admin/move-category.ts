import type { StaffActor } from "@/lib/admin/staff-actor";
import { recordAudit } from "@/lib/audit/record-audit";
import type { Db } from "@/lib/db";
import { notFound } from "@/lib/errors";
import { lockAllCategories } from "./locks";
import { refreshStorefront } from "./refresh-storefront";

/**
 * Moves a category one place up or down the storefront's order. Positions are renumbered 0, 1, 2… on the way, so
 * ties left by hand-typed positions are settled once and for all. Moving the first up (or last down) does nothing.
 */
export async function moveCategory(db: Db, actor: StaffActor, id: string, direction: "up" | "down"): Promise<void> {
  const moved = await db.$transaction(async (tx) => {
    // Every category is locked: a renumbering must not interleave with another.
    await lockAllCategories(tx);
    const all = await tx.category.findMany({
      orderBy: [{ position: "asc" }, { name: "asc" }, { id: "asc" }],
      select: { id: true, position: true },
    });
    const index = all.findIndex((c) => c.id === id);
    if (index < 0) throw notFound("The category was not found.");
    const target = direction === "up" ? index - 1 : index + 1;
    const self = all[index];
    const other = all[target];
    if (!self || !other) return false;
    all[index] = other;
    all[target] = self;
    const before = Object.fromEntries(all.map((c) => [c.id, c.position]));
    const after: Record<string, number> = {};
    for (const [position, category] of all.entries()) {
      if (category.position === position) continue;
      await tx.category.update({ where: { id: category.id }, data: { position } });
      after[category.id] = position;
    }
    await recordAudit(tx, actor, {
      action: "category.move",
      entityType: "category",
      entityId: id,
      before: { positions: Object.fromEntries(Object.keys(after).map((key) => [key, before[key]])) },
      after: { direction, positions: after },
    });
    return true;
  });
  if (moved) await refreshStorefront();
}
