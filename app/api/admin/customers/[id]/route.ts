import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { getCustomer } from "@/lib/customers/get-customer";
import { customerParamsSchema } from "@/lib/customers/schemas";
import { adminHandler } from "@/lib/http/admin-handler";

// One account: profile, saved addresses and recent orders (never its password hash or sessions).
export const GET = adminHandler({ access: "read", params: customerParamsSchema }, ({ params }) =>
  getCustomer(db, params.id, env.SHOP_CURRENCY),
);
