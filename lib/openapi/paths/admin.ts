import { z } from "zod";
import { safeString } from "@/lib/validation";
import { ApiTokenScope, Role } from "@/lib/generated/prisma/enums";
import type { ApiOperation } from "../registry";

// Routes under /api/admin answer staff sessions and personal API tokens (Authorization: Bearer shop_…); a READ
// token may only call `access: "read"` routes. Every call is written to the audit log.

export const adminOperations: ApiOperation[] = [
  {
    method: "get",
    path: "/api/admin/whoami",
    tag: "Admin",
    summary: "Who is calling",
    description: "Lets an integration check its token, and monitoring check a staff session.",
    audience: "staff",
    success: {
      status: 200,
      description: "The staff member behind the session or token.",
      schema: z.object({
        user: z.object({ id: z.uuid(), email: safeString(), role: z.enum(Role) }),
        via: z.enum(["token", "session"]),
        scope: z.enum(ApiTokenScope),
      }),
    },
  },
];
