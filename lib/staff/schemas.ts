import { z } from "zod";
import { safeString } from "@/lib/validation";
import { emailSchema, newPasswordSchema } from "@/lib/accounts/schemas";
import { roles } from "./roles";

// Staff accounts and roles (administrators only). Passwords follow the same rules as every other account.

export const createStaffSchema = z.object({
  name: safeString({ error: "Enter the person's name." })
    .trim()
    .min(1, "Enter the person's name.")
    .max(100, "Names are at most 100 characters.")
    .regex(/^[^\p{Cc}]*$/u, "The name must be a single line of text."),
  email: emailSchema,
  password: newPasswordSchema,
  role: z.preprocess(
    (value) => (value === undefined || value === "" ? "STAFF" : value),
    z.enum(["STAFF", "ADMIN"], { error: "Choose staff or administrator." }),
  ),
});
export type CreateStaffInput = z.infer<typeof createStaffSchema>;

export const changeRoleSchema = z.object({
  id: z.uuid("Unknown account."),
  role: z.enum(roles, { error: "Choose customer, staff or administrator." }),
});
export type ChangeRoleInput = z.infer<typeof changeRoleSchema>;

export const setDisabledSchema = z.object({
  id: z.uuid("Unknown account."),
  disabled: z.enum(["true", "false"], { error: "Choose disable or enable." }).transform((v) => v === "true"),
});
export type SetDisabledInput = z.output<typeof setDisabledSchema>;
