import { randomUUID } from "node:crypto";
import type { z } from "zod";
import { type StaffActor, actorFromSession } from "@/lib/admin/staff-actor";
import { requireAdmin, requireStaff } from "@/lib/auth/guards";
import { type FormState, runFormAction } from "./form-state";

// Admin server actions: who is asking is checked first, before the form is even read, and a refusal is thrown
// (an AppError "unauthenticated" or "forbidden") rather than shown as a form message.

export async function currentStaffActor(options: { adminOnly?: boolean } = {}): Promise<StaffActor> {
  const user = options.adminOnly ? await requireAdmin() : await requireStaff();
  return actorFromSession(user, randomUUID());
}

export async function staffFormAction<S extends z.ZodType>(
  schema: S,
  formData: FormData,
  action: (input: z.infer<S>, actor: StaffActor) => Promise<FormState | void>,
  options: { adminOnly?: boolean } = {},
): Promise<FormState> {
  const actor = await currentStaffActor(options);
  return runFormAction(schema, formData, (input) => action(input, actor));
}
