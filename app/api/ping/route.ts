/** Liveness without the database, for load balancers and as the benchmarks' "trivial route handler" ceiling. */
export const dynamic = "force-dynamic";

export function GET(): Response {
  return Response.json({ ok: true }, { headers: { "cache-control": "no-store" } });
}
