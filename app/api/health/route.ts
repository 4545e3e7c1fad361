import { db } from "@/lib/db";
import { handler } from "@/lib/http/handler";

export const dynamic = "force-dynamic";

/** Liveness with a database round trip: 200 when PostgreSQL answers, 503 (error shape) when it does not. */
export const GET = handler({ auth: "public" }, async () => {
  const started = performance.now();
  await db.$queryRaw`SELECT 1`;
  return Response.json(
    { status: "ok", database: { status: "up", latencyMs: Math.round(performance.now() - started) } },
    { headers: { "cache-control": "no-store" } },
  );
});
