import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { listCustomers } from "@/lib/customers/list-customers";
import { customerListQuerySchema } from "@/lib/customers/schemas";
import { adminHandler } from "@/lib/http/admin-handler";

// Customer accounts with their order count and spending, 25 per page, newest first; ?q= searches e-mail and name.
export const GET = adminHandler({ access: "read", query: customerListQuerySchema }, ({ query }) =>
  listCustomers(db, query, env.SHOP_CURRENCY),
);
