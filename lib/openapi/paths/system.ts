import { z } from "zod";
import { safeString } from "@/lib/validation";
import type { ApiOperation } from "../registry";

export const systemOperations: ApiOperation[] = [
  {
    method: "get",
    path: "/api/health",
    tag: "Operations",
    summary: "Liveness with a database round trip",
    description:
      "200 while PostgreSQL answers; 503 (with Retry-After) while it does not. Use /api/ping for a check without the database.",
    success: {
      status: 200,
      description: "Up.",
      schema: z.object({
        status: z.literal("ok"),
        database: z.object({ status: z.literal("up"), latencyMs: z.number().int() }),
      }),
    },
  },
  {
    method: "get",
    path: "/api/ready",
    tag: "Operations",
    summary: "Readiness: the database answers and is fully migrated",
    description:
      "For load balancers and deploys: 503 until `npm run db:migrate` has applied every migration this build ships.",
    success: {
      status: 200,
      description: "Ready to take traffic.",
      schema: z.object({ status: z.literal("ready"), migrations: z.literal("up to date") }),
    },
  },
  {
    method: "get",
    path: "/api/ping",
    tag: "Operations",
    summary: "Liveness without the database",
    description: "Answers as long as the process serves requests.",
    success: { status: 200, description: "Alive.", schema: z.object({ ok: z.literal(true) }) },
    database: false,
  },
  {
    method: "get",
    path: "/api/openapi.json",
    tag: "Operations",
    summary: "This API description (OpenAPI 3.1)",
    success: { status: 200, description: "The OpenAPI document.", schema: z.record(safeString(), z.unknown()) },
    database: false,
  },
];
