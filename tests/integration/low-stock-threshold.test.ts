import pg from "pg";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { LOW_STOCK_THRESHOLD, stockStateOf } from "@/lib/catalog/stock-state";
import { createDb } from "@/lib/db/client";
import { createWebhookEndpoint } from "@/lib/webhooks/create-webhook-endpoint";
import { actorOf, createAccount } from "../support/admin-people";
import { createTestVariant } from "../support/fixtures";

// The low-stock threshold has one definition, LOW_STOCK_THRESHOLD in lib/catalog/stock-state.ts. The storefront
// uses it directly; the SQL triggers (stock.low webhooks, catalog change notices) read it from the setting every
// shop connection carries. Here the triggers are shown to follow that setting, whatever its value, so a number
// written into the SQL would fail; and the shop's connections are shown to carry the TypeScript constant.

const url = inject("databaseUrl");
const db = createDb(url, 2);
let variantId = "";
let endpointId = "";

beforeAll(async () => {
  const admin = actorOf(await createAccount(db, { role: "ADMIN" }));
  const { endpoint } = await createWebhookEndpoint(
    db,
    admin,
    { url: "http://127.0.0.1:9/hooks", events: ["stock.low"] },
    { allowHttp: true, allowPrivate: true },
  );
  endpointId = endpoint.id;
  variantId = (await createTestVariant(db, { stock: 50 })).variant.id;
});
afterAll(async () => {
  await db.webhookEndpoint.delete({ where: { id: endpointId } });
  await db.$disconnect();
});

describe("the low-stock threshold", () => {
  it("is carried by every shop connection as the constant the storefront uses", async () => {
    const rows = await db.$queryRaw<
      { threshold: string }[]
    >`SELECT current_setting('shop.low_stock_threshold') AS threshold`;
    expect(rows[0]?.threshold).toBe(String(LOW_STOCK_THRESHOLD));
    // The storefront's own boundary, for the same number.
    expect(stockStateOf(LOW_STOCK_THRESHOLD)).toBe("low_stock");
    expect(stockStateOf(LOW_STOCK_THRESHOLD + 1)).toBe("in_stock");
  });

  it.each([2, LOW_STOCK_THRESHOLD, 9])(
    "the stock.low trigger fires at the setting's value (%i), not before",
    async (threshold) => {
      const client = new pg.Client({ connectionString: url });
      await client.connect();
      try {
        await client.query("BEGIN");
        await client.query(`SELECT set_config('shop.low_stock_threshold', $1, true)`, [String(threshold)]);
        const lowEvents = async () =>
          (
            await client.query<{ threshold: number; available: number }>(
              `SELECT (payload->'data'->>'threshold')::int AS threshold, (payload->'data'->>'available')::int AS available
               FROM webhook_events WHERE type = 'stock.low' AND payload->'data'->>'variantId' = $1`,
              [variantId],
            )
          ).rows;
        const setAvailable = (n: number) =>
          client.query(`UPDATE product_variants SET "stockOnHand" = "stockReserved" + $2 WHERE id = $1`, [
            variantId,
            n,
          ]);
        await setAvailable(threshold + 1);
        expect(await lowEvents()).toEqual([]);
        await setAvailable(threshold);
        expect(await lowEvents()).toEqual([{ threshold, available: threshold }]);
      } finally {
        // Nothing of this stays: the variant keeps its stock and no event is left for a worker.
        await client.query("ROLLBACK");
        await client.end();
      }
    },
  );
});
