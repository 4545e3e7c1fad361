import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { listAuditLog } from "@/lib/audit/list-audit-log";
import { auditQuerySchema } from "@/lib/audit/schemas";
import { adminHandler } from "@/lib/http/admin-handler";

// The audit log, newest first, 50 rows a page; pass the answer's `next` as ?after= for the following page.
export const GET = adminHandler({ access: "read", query: auditQuerySchema }, ({ query }) =>
  listAuditLog(db, query, env.SHOP_TIME_ZONE),
);
