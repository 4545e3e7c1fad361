import { handler } from "@/lib/http/handler";

/** Liveness without the database, for load balancers and as the benchmarks' "trivial route handler" ceiling. */
export const dynamic = "force-dynamic";

export const GET = handler({ auth: "public" }, () =>
  Promise.resolve(Response.json({ ok: true }, { headers: { "cache-control": "no-store" } })),
);
