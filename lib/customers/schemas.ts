import { z } from "zod";
import { optionalFilter, pageNumberSchema } from "@/lib/admin/list-page";

// Shared by the admin pages and GET /api/admin/customers.

export const customerListQuerySchema = z.object({
  /** Part of the e-mail address or name, any case. */
  q: optionalFilter("Search", 100),
  page: pageNumberSchema,
});
export type CustomerListQuery = z.infer<typeof customerListQuerySchema>;

export const customerParamsSchema = z.object({ id: z.uuid("Unknown customer.") });
