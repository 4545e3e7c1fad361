import pg from "pg";

// What must hold for the orders touching some variants, whatever failed on the way: checked in SQL after fault
// tests. Each entry of the result is one violation, readable in a test failure.

export interface StockSnapshot {
  [variantId: string]: number;
}

export async function stockOnHand(url: string, variantIds: string[]): Promise<StockSnapshot> {
  const rows = await query<{ id: string; onHand: number }>(
    url,
    `SELECT id, "stockOnHand" AS "onHand" FROM product_variants WHERE id = ANY($1::uuid[])`,
    [variantIds],
  );
  return Object.fromEntries(rows.map((r) => [r.id, r.onHand]));
}

async function query<T extends pg.QueryResultRow>(url: string, sql: string, values: unknown[]): Promise<T[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<T>(sql, values)).rows;
  } finally {
    await client.end();
  }
}

/**
 * - every order has its lines, its first event and a payment attempt;
 * - per variant, reserved stock = the quantities of unpaid orders, and stock on hand = the stock before the test
 *   minus the quantities of paid (and later) orders; nothing is negative or over-reserved;
 * - a paid order has its invoice, a succeeded payment and its confirmation e-mail queued; an unpaid one has neither.
 */
export async function orderInvariantViolations(url: string, before: StockSnapshot): Promise<string[]> {
  const variantIds = Object.keys(before);
  const scope = `o.id IN (SELECT "orderId" FROM order_lines WHERE "variantId" = ANY($1::uuid[]))`;
  const checks: [string, string][] = [
    [
      "order without lines",
      `SELECT o.number AS what FROM orders o WHERE ${scope} AND NOT EXISTS (SELECT 1 FROM order_lines l WHERE l."orderId" = o.id)`,
    ],
    [
      "order without its first event",
      `SELECT o.number AS what FROM orders o WHERE ${scope} AND NOT EXISTS (SELECT 1 FROM order_events e WHERE e."orderId" = o.id AND e."toStatus" = 'PENDING_PAYMENT')`,
    ],
    [
      "order without a payment attempt",
      `SELECT o.number AS what FROM orders o WHERE ${scope} AND NOT EXISTS (SELECT 1 FROM payments p WHERE p."orderId" = o.id)`,
    ],
    [
      "reserved stock differs from unpaid orders",
      `SELECT v.sku || ': reserved ' || v."stockReserved" || ', unpaid orders hold ' || coalesce(sum(l.quantity) FILTER (WHERE o.status = 'PENDING_PAYMENT'), 0) AS what
       FROM product_variants v LEFT JOIN order_lines l ON l."variantId" = v.id LEFT JOIN orders o ON o.id = l."orderId"
       WHERE v.id = ANY($1::uuid[]) GROUP BY v.id
       HAVING v."stockReserved" <> coalesce(sum(l.quantity) FILTER (WHERE o.status = 'PENDING_PAYMENT'), 0)`,
    ],
    [
      "stock on hand differs from the stock before minus paid orders",
      `SELECT v.sku || ': on hand ' || v."stockOnHand" || ', expected ' || (b.before - coalesce(sum(l.quantity) FILTER (WHERE o.status IN ('PAID', 'SHIPPED', 'DELIVERED')), 0)) AS what
       FROM product_variants v JOIN jsonb_each_text($2::jsonb) AS b0(id, before_text) ON b0.id::uuid = v.id
       CROSS JOIN LATERAL (SELECT b0.before_text::int AS before) b
       LEFT JOIN order_lines l ON l."variantId" = v.id LEFT JOIN orders o ON o.id = l."orderId"
       WHERE v.id = ANY($1::uuid[]) GROUP BY v.id, b.before
       HAVING v."stockOnHand" <> b.before - coalesce(sum(l.quantity) FILTER (WHERE o.status IN ('PAID', 'SHIPPED', 'DELIVERED')), 0)`,
    ],
    [
      "negative or over-reserved stock",
      `SELECT sku AS what FROM product_variants WHERE id = ANY($1::uuid[]) AND ("stockOnHand" < 0 OR "stockReserved" < 0 OR "stockReserved" > "stockOnHand")`,
    ],
    [
      "paid order without invoice, succeeded payment or confirmation e-mail",
      `SELECT o.number AS what FROM orders o WHERE ${scope} AND o.status = 'PAID' AND (
         NOT EXISTS (SELECT 1 FROM invoices i WHERE i."orderId" = o.id)
         OR NOT EXISTS (SELECT 1 FROM payments p WHERE p."orderId" = o.id AND p.status = 'SUCCEEDED')
         OR NOT EXISTS (SELECT 1 FROM email_outbox m WHERE m."dedupeKey" = 'order-confirmation:' || o.id))`,
    ],
    [
      "unpaid order with an invoice, a succeeded payment or a confirmation e-mail",
      `SELECT o.number AS what FROM orders o WHERE ${scope} AND o.status = 'PENDING_PAYMENT' AND (
         EXISTS (SELECT 1 FROM invoices i WHERE i."orderId" = o.id)
         OR EXISTS (SELECT 1 FROM payments p WHERE p."orderId" = o.id AND p.status = 'SUCCEEDED')
         OR EXISTS (SELECT 1 FROM email_outbox m WHERE m."dedupeKey" = 'order-confirmation:' || o.id))`,
    ],
  ];
  const violations: string[] = [];
  for (const [name, sql] of checks) {
    const rows = await query<{ what: string }>(
      url,
      sql,
      sql.includes("$2") ? [variantIds, JSON.stringify(before)] : [variantIds],
    );
    for (const row of rows) violations.push(`${name}: ${row.what}`);
  }
  return violations;
}

/** Orders placed with these idempotency keys, by key. */
export async function ordersByKey(url: string, keys: string[]): Promise<Map<string, { id: string; status: string }>> {
  const rows = await query<{ key: string; id: string; status: string }>(
    url,
    `SELECT "idempotencyKey" AS key, id, status FROM orders WHERE "idempotencyKey" = ANY($1::text[])`,
    [keys],
  );
  return new Map(rows.map((r) => [r.key, { id: r.id, status: r.status }]));
}
