import { randomUUID } from "node:crypto";
import type { z } from "zod";
import { type StaffActor, actorFromSession } from "@/lib/admin/staff-actor";
import { forbidden, unauthorized } from "next/navigation";
import { requireAdmin, requireStaff } from "@/lib/auth/guards";
import { AppError } from "@/lib/errors";
import { log } from "@/lib/log";
import type { FormState } from "./form-state";
import { runFormAction } from "./run-form-action";

// Admin server actions: who is asking is checked first, before the form is even read, and a refusal is thrown
// (401 or 403) rather than shown as a form message.

/**
 * The staff member calling a server action. A refusal ends the action with 401 or 403 (Next.js's unauthorized() /
 * forbidden()), not with an error that would answer 500.
 */
export async function currentStaffActor(options: { adminOnly?: boolean } = {}): Promise<StaffActor> {
  try {
    const user = options.adminOnly ? await requireAdmin() : await requireStaff();
    return actorFromSession(user, randomUUID());
  } catch (error) {
    if (error instanceof AppError && (error.code === "unauthenticated" || error.code === "forbidden")) {
      log.warn("server action refused", { reason: error.message });
      if (error.code === "unauthenticated") unauthorized();
      forbidden();
    }
    throw error;
  }
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
