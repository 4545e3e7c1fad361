import type { StaffActor } from "@/lib/admin/staff-actor";
import { recordAudit } from "@/lib/audit/record-audit";
import type { Db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { listAdminCategories } from "./list-admin-categories";
import { lockAllCategories } from "./locks";
import { refreshStorefront } from "./refresh-storefront";
import type { AdminCategory } from "./types";

/** How many ids a refusal names, so the message stays short whatever was sent. */
const NAMED_IN_MESSAGE = 5;
const some = (ids: string[]) =>
  ids.slice(0, NAMED_IN_MESSAGE).join(", ") +
  (ids.length > NAMED_IN_MESSAGE ? ` and ${ids.length - NAMED_IN_MESSAGE} more` : "");

/**
 * Sets the storefront's whole order of categories (PUT): `ids` must name every category, archived ones included,
 * exactly once, and position i goes to ids[i]. A list made before someone added or removed a category is refused
 * (409) rather than guessed at. Only positions that change are written and audited; the same order again changes
 * nothing.
 */
export async function reorderCategories(db: Db, actor: StaffActor, ids: readonly string[]): Promise<AdminCategory[]> {
  const changed = await db.$transaction(async (tx) => {
    await lockAllCategories(tx);
    const all = await tx.category.findMany({ select: { id: true, position: true } });
    const known = new Set(all.map((c) => c.id));
    const listed = new Set(ids);
    const missing = all.filter((c) => !listed.has(c.id)).map((c) => c.id);
    const unknown = ids.filter((id) => !known.has(id));
    if (missing.length > 0 || unknown.length > 0) {
      const parts = [
        missing.length > 0 ? `missing ${some(missing)}` : "",
        unknown.length > 0 ? `unknown ${some(unknown)}` : "",
      ].filter(Boolean);
      throw new AppError(
        "conflict",
        `The list must name every category exactly once (${parts.join("; ")}). Reload the categories and try again.`,
      );
    }
    const current = new Map(all.map((c) => [c.id, c.position]));
    const before: Record<string, number> = {};
    const after: Record<string, number> = {};
    for (const [position, id] of ids.entries()) {
      const was = current.get(id);
      if (was === undefined || was === position) continue;
      await tx.category.update({ where: { id }, data: { position } });
      before[id] = was;
      after[id] = position;
    }
    if (Object.keys(after).length === 0) return false;
    await recordAudit(tx, actor, {
      action: "category.reorder",
      entityType: "category",
      before: { positions: before },
      after: { order: ids, positions: after },
    });
    return true;
  });
  if (changed) await refreshStorefront();
  return listAdminCategories(db);
}
