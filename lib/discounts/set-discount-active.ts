import type { Db } from "@/lib/db";
import type { StaffActor } from "@/lib/admin/staff-actor";
import { requireWrite } from "@/lib/admin/require-write";
import { recordAudit } from "@/lib/audit/record-audit";
import { notFound } from "@/lib/errors";
import type { SetDiscountActiveInput } from "./admin-schemas";

/**
 * Disables a code (checkout refuses it from now on; orders already placed keep their discount) or enables it
 * again. Setting the state it already has records nothing.
 */
export async function setDiscountActive(db: Db, actor: StaffActor, input: SetDiscountActiveInput): Promise<void> {
  requireWrite(actor);
  await db.$transaction(async (tx) => {
    // The row lock orders this against a checkout redeeming the code at the same moment.
    const [before] = await tx.$queryRaw<{ code: string; active: boolean }[]>`
      SELECT code, active FROM discount_codes WHERE id = ${input.id}::uuid FOR UPDATE`;
    if (!before) throw notFound("The discount code was not found.");
    if (before.active === input.active) return;
    await tx.discountCode.update({ where: { id: input.id }, data: { active: input.active } });
    await recordAudit(tx, actor, {
      action: input.active ? "discount_code.enable" : "discount_code.disable",
      entityType: "discount_code",
      entityId: input.id,
      before: { code: before.code, active: before.active },
      after: { code: before.code, active: input.active },
    });
  });
}
