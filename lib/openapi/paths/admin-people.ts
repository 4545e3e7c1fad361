import { z } from "zod";
import { safeString } from "@/lib/validation";
import type { ListPage } from "@/lib/admin/list-page";
import type { AuditLogRow } from "@/lib/audit/list-audit-log";
import { auditQuerySchema } from "@/lib/audit/schemas";
import type { CustomerDetail } from "@/lib/customers/get-customer";
import type { CustomerListItem } from "@/lib/customers/list-customers";
import { customerListQuerySchema, customerParamsSchema } from "@/lib/customers/schemas";
import { OrderStatus, Role } from "@/lib/generated/prisma/enums";
import type { ApiOperation } from "../registry";
import { type Json, jsonValueSchema, readScope, timestamp } from "../shared";

// Customer accounts (never their password hash or sessions) and the audit log of everything staff and API tokens
// did, the calls to these routes included.

const minor = z.number().int();
const spent = {
  orderCount: z.number().int().meta({ description: "Every order placed while logged in, whatever became of it." }),
  spentMinor: minor.meta({ description: "Paid orders less what was refunded, in `currency` (the shop's)." }),
  currency: safeString(),
};

const customerPageSchema: z.ZodType<Json<ListPage<CustomerListItem>>> = z
  .object({
    items: z.array(
      z.object({
        id: z.uuid(),
        email: safeString(),
        name: safeString(),
        createdAt: timestamp,
        disabledAt: timestamp.nullable().meta({ description: "Set while the account may not log in." }),
        ...spent,
      }),
    ),
    page: z.number().int(),
    pageSize: z.number().int(),
    total: z.number().int(),
    pageCount: z.number().int(),
  })
  .meta({ id: "CustomerPage" });

const customerSchema: z.ZodType<Json<CustomerDetail>> = z
  .object({
    id: z.uuid(),
    email: safeString(),
    name: safeString(),
    role: z.enum(Role),
    createdAt: timestamp,
    disabledAt: timestamp.nullable(),
    twoFactorEnabledAt: timestamp.nullable().meta({ description: "Set while the account has two-factor sign-in." }),
    addresses: z.array(
      z.object({
        id: z.uuid(),
        fullName: safeString(),
        line1: safeString(),
        line2: safeString(),
        city: safeString(),
        postalCode: safeString(),
        country: safeString(),
        phone: safeString(),
      }),
    ),
    orders: z
      .array(
        z.object({
          id: z.uuid(),
          number: safeString(),
          status: z.enum(OrderStatus),
          totalMinor: minor,
          refundedMinor: minor,
          currency: safeString(),
          createdAt: timestamp,
        }),
      )
      .meta({ description: "The latest 50, newest first." }),
    ...spent,
  })
  .meta({ id: "Customer" });

const auditPageSchema: z.ZodType<Json<{ rows: AuditLogRow[]; next: string | null }>> = z
  .object({
    rows: z.array(
      z.object({
        id: z.uuid(),
        createdAt: timestamp,
        actorId: z.uuid().nullable(),
        actorEmail: safeString().nullable(),
        via: safeString().meta({ description: '"staff" for a browser session, "token:<token id>" for an API token.' }),
        action: safeString().meta({ example: "product.update" }),
        entityType: safeString(),
        entityId: safeString().nullable(),
        before: jsonValueSchema,
        after: jsonValueSchema,
        requestId: safeString().nullable(),
      }),
    ),
    next: safeString()
      .nullable()
      .meta({ description: "Pass it as `after` for the following page; null on the last page." }),
  })
  .meta({ id: "AuditPage" });

export const adminPeopleOperations: ApiOperation[] = [
  {
    method: "get",
    path: "/api/admin/customers",
    tag: "Admin: customers",
    summary: "Lists customer accounts",
    description: `Newest first, 25 a page, with their order count and spending. \`q\` matches part of the e-mail address or name. ${readScope}`,
    audience: "staff",
    query: customerListQuerySchema,
    success: { status: 200, description: "One page of customers.", schema: customerPageSchema },
  },
  {
    method: "get",
    path: "/api/admin/customers/{id}",
    tag: "Admin: customers",
    summary: "Gets a customer account",
    description: `Profile, saved addresses and recent orders. ${readScope}`,
    audience: "staff",
    params: customerParamsSchema,
    success: { status: 200, description: "The account.", schema: customerSchema },
    errors: ["not_found"],
  },
  {
    method: "get",
    path: "/api/admin/audit",
    tag: "Admin: audit",
    summary: "Reads the audit log",
    description: `Newest first, 50 rows a page; the answer's \`next\` continues after the last row (pages stay stable while rows are added). \`from\` and \`to\` are days in the shop's time zone, \`action\` matches the start of an action (\`order.\`). ${readScope}`,
    audience: "staff",
    query: auditQuerySchema,
    success: { status: 200, description: "One page of audit records.", schema: auditPageSchema },
  },
];
