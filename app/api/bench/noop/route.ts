// Benchmark ceiling (tests/bench): the cheapest dynamic route handler Next.js can serve, measured beside
// GET /api/products in the same run so the catalog API's figure reads as a ratio. Harmless in production.
export const dynamic = "force-dynamic";

export function GET(): Response {
  return Response.json({ ok: true });
}
