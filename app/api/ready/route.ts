import { db } from "@/lib/db";
import { pendingMigrations } from "@/lib/db/migrations";
import { AppError } from "@/lib/errors";
import { handler } from "@/lib/http/handler";

export const dynamic = "force-dynamic";

/**
 * Readiness for load balancers and deploys: the database answers and has every migration this build ships.
 * 503 (error shape) otherwise, so traffic waits until `npm run db:migrate` has run.
 */
export const GET = handler({ auth: "public" }, async () => {
  const pending = await pendingMigrations((sql) => db.$queryRawUnsafe<{ migration_name: string }[]>(sql)).catch(
    (error: unknown) => {
      // No history table yet: nothing has been migrated.
      if (/_prisma_migrations/.test(String(error)) && /does not exist/.test(String(error))) return ["(all)"];
      throw error;
    },
  );
  if (pending.length > 0) {
    throw new AppError(
      "service_unavailable",
      `The database is missing ${pending.length} migration(s); run the migrations.`,
      {
        retryAfterSeconds: 10,
      },
    );
  }
  return Response.json({ status: "ready", migrations: "up to date" }, { headers: { "cache-control": "no-store" } });
});
