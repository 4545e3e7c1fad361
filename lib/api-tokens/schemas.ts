import { z } from "zod";
import { safeString } from "@/lib/validation";

export const createApiTokenSchema = z.object({
  name: safeString().trim().min(1, "Give the token a name.").max(80, "Use at most 80 characters."),
  scope: z.enum(["READ", "WRITE"], { message: "Choose read or write." }),
  /** Days until it stops working; empty means it does not expire. */
  expiresInDays: z
    .union([z.literal("").transform(() => undefined), z.coerce.number().int().min(1).max(3650)])
    .optional(),
});
export type CreateApiTokenInput = z.infer<typeof createApiTokenSchema>;

export const revokeApiTokenSchema = z.object({ tokenId: z.uuid("Unknown token.") });
