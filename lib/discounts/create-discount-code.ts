import type { Db } from "@/lib/db";
import type { StaffActor } from "@/lib/admin/staff-actor";
import { requireWrite } from "@/lib/admin/require-write";
import { recordAudit } from "@/lib/audit/record-audit";
import { isUniqueViolation } from "@/lib/db/errors";
import { AppError } from "@/lib/errors";
import type { CreateDiscountInput } from "./admin-schemas";

const TAKEN = "A discount code with this name already exists.";

/** Creates an active discount code. A code that exists (in any case) is refused on the code field. */
export async function createDiscountCode(
  db: Db,
  actor: StaffActor,
  input: CreateDiscountInput,
): Promise<{ id: string; code: string }> {
  requireWrite(actor);
  try {
    return await db.$transaction(async (tx) => {
      const created = await tx.discountCode.create({
        data: { ...input, active: true },
        select: {
          id: true,
          code: true,
          kind: true,
          value: true,
          currency: true,
          minOrderMinor: true,
          startsAt: true,
          endsAt: true,
          usageLimit: true,
          perCustomerLimit: true,
          active: true,
        },
      });
      await recordAudit(tx, actor, {
        action: "discount_code.create",
        entityType: "discount_code",
        entityId: created.id,
        after: created,
      });
      return { id: created.id, code: created.code };
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw new AppError("conflict", TAKEN, { fields: { code: TAKEN } });
    throw error;
  }
}
