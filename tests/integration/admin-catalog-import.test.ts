import { stringify } from "csv-stringify/sync";
import { afterAll, beforeAll, describe, expect, inject, it, vi } from "vitest";
import { GET as exportRoute } from "@/app/api/admin/products/export.csv/route";
import { POST as importRoute } from "@/app/api/admin/products/import/route";
import type { CurrentUser } from "@/lib/accounts/types";
import { createApiToken } from "@/lib/api-tokens/create-api-token";
import { applyProductImport } from "@/lib/catalog-admin/apply-product-import";
import { allCsvColumns } from "@/lib/catalog-admin/csv-format";
import type { ImportReport } from "@/lib/catalog-admin/import-types";
import { previewProductImport } from "@/lib/catalog-admin/preview-product-import";
import { createDb } from "@/lib/db/client";
import {
  actorOf,
  adminUser,
  bearer,
  customerUser,
  ownCategory,
  retireCategories,
  suffix,
} from "../support/admin-catalog";
import { call, errorOf } from "../support/route";

const session = vi.hoisted(() => ({ user: null as CurrentUser | null }));
vi.mock("@/lib/auth/current-user", () => ({ getCurrentUser: () => Promise.resolve(session.user) }));

const db = createDb(inject("databaseUrl"), 2);
let admin: CurrentUser;
let category = { id: "", slug: "" };

beforeAll(async () => {
  admin = await adminUser(db);
  category = await ownCategory(db, "Import");
});
afterAll(async () => {
  await retireCategories(db, [category.id]);
  await db.$disconnect();
});

const csv = (rows: Record<string, string>[], columns?: string[]) =>
  stringify(rows, { header: true, columns: columns ?? [...new Set(rows.flatMap((r) => Object.keys(r)))] });

/** A new product with two variants, as rows of a file. */
function newProductRows(s = suffix()) {
  const base = {
    product_slug: `imported-kettle-${s}`,
    product_name: `Imported Kettle ${s}`,
    category_slug: category.slug,
    status: "active",
    option1_name: "Colour",
  };
  return [
    { ...base, sku: `IK-${s.toUpperCase()}-RED`, option1_value: "Red", price: "39.90", stock_on_hand: "5" },
    { ...base, sku: `IK-${s.toUpperCase()}-BLUE`, option1_value: "Blue", price: "41", stock_on_hand: "0" },
  ];
}

const counts = async () => ({
  products: await db.product.count(),
  variants: await db.productVariant.count(),
  adjustments: await db.stockAdjustment.count(),
  audits: await db.auditLog.count({ where: { action: { not: "api.request" } } }),
});

const apply = (text: string) => applyProductImport(db, actorOf(admin), text);

async function existingVariant(stock = 6) {
  const s = suffix();
  const rows = newProductRows(s).map((r) => ({ ...r, stock_on_hand: String(stock) }));
  const report = await apply(csv(rows));
  expect(report.applied).toBe(true);
  return db.productVariant.findUniqueOrThrow({
    where: { sku: `IK-${s.toUpperCase()}-RED` },
    include: { product: true },
  });
}

describe("preview and apply", () => {
  it("previews a new product without writing anything, then applies it in one go with audit and stock records", async () => {
    const s = suffix();
    const text = csv(newProductRows(s));
    const before = await counts();
    const preview = await previewProductImport(db, text);
    expect(preview).toMatchObject({
      ok: true,
      applied: false,
      summary: { rows: 2, productsCreated: 1, variantsCreated: 2, variantsUpdated: 0 },
      issues: [],
    });
    expect(preview.preview.map((p) => [p.row, p.action])).toEqual([
      [2, "create"],
      [3, "create"],
    ]);
    expect(await counts()).toEqual(before);

    const applied = await apply(text);
    expect(applied).toMatchObject({ ok: true, applied: true, summary: { productsCreated: 1, variantsCreated: 2 } });
    const product = await db.product.findUniqueOrThrow({
      where: { slug: `imported-kettle-${s}` },
      include: { variants: { orderBy: { sku: "asc" } } },
    });
    expect(product).toMatchObject({ status: "ACTIVE", optionNames: ["Colour"], categoryId: category.id });
    expect(product.variants.map((v) => [v.sku, v.priceMinor, v.stockOnHand, v.optionValues])).toEqual([
      [`IK-${s.toUpperCase()}-BLUE`, 4100, 0, { Colour: "Blue" }],
      [`IK-${s.toUpperCase()}-RED`, 3990, 5, { Colour: "Red" }],
    ]);
    // Without variant_position, new variants are shown in file order.
    expect(product.variants.map((v) => v.position)).toEqual([1, 0]);
    const adjustments = await db.stockAdjustment.findMany({ where: { variant: { productId: product.id } } });
    expect(adjustments.map((a) => [a.delta, a.stockAfter, a.reason])).toEqual([[5, 5, "CSV import"]]);
    const audits = await db.auditLog.findMany({ where: { entityId: product.id } });
    expect(audits.map((a) => a.action)).toEqual(["product.create"]);
  });

  it("updates prices and stock of existing SKUs, recording the stock change and the before/after values", async () => {
    const variant = await existingVariant(6);
    const report = await apply(csv([{ sku: variant.sku.toLowerCase(), price: "35.50", stock_on_hand: "9" }]));
    expect(report).toMatchObject({
      applied: true,
      summary: { variantsUpdated: 1, stockChanged: 1, productsUpdated: 0 },
    });
    expect(await db.productVariant.findUniqueOrThrow({ where: { id: variant.id } })).toMatchObject({
      priceMinor: 3550,
      stockOnHand: 9,
    });
    const adjustment = await db.stockAdjustment.findFirstOrThrow({
      where: { variantId: variant.id },
      orderBy: { createdAt: "desc" },
    });
    expect([adjustment.delta, adjustment.stockAfter, adjustment.reason]).toEqual([3, 9, "CSV import"]);
    const audit = await db.auditLog.findFirstOrThrow({ where: { entityId: variant.id, action: "variant.update" } });
    expect(audit.before).toEqual({ priceMinor: 3990, stockOnHand: 6 });
    expect(audit.after).toMatchObject({ priceMinor: 3550, stockOnHand: 9 });
  });

  it("finds a SKU stored in lower case (by SQL or before SKUs were capitalised) and keeps its spelling", async () => {
    const variant = await existingVariant(6);
    const lower = `legacy-${suffix()}`;
    await db.productVariant.update({ where: { id: variant.id }, data: { sku: lower } });
    const report = await apply(csv([{ sku: lower.toUpperCase(), price: "12.00" }]));
    expect(report.summary).toMatchObject({ variantsCreated: 0, variantsUpdated: 1 });
    expect(await db.productVariant.findUniqueOrThrow({ where: { id: variant.id } })).toMatchObject({
      sku: lower,
      priceMinor: 1200,
    });
  });

  it("a file with one bad row names the row and writes nothing, in preview and in apply", async () => {
    const variant = await existingVariant();
    const s = suffix();
    const rows = [
      { sku: variant.sku, product_slug: "", product_name: "", category_slug: "", price: "30.00", stock_on_hand: "" },
      ...newProductRows(s)
        .map((r) => ({ ...r, option1_name: "", option1_value: "" }))
        .slice(0, 1),
      {
        sku: `IK-${s.toUpperCase()}-BAD`,
        product_slug: `imported-kettle-${s}`,
        product_name: "",
        category_slug: "",
        price: "12.345",
        stock_on_hand: "1",
      },
    ];
    const text = csv(rows, ["sku", "product_slug", "product_name", "category_slug", "price", "stock_on_hand"]);
    const before = await counts();
    for (const report of [await previewProductImport(db, text), await apply(text)]) {
      expect(report.ok).toBe(false);
      expect(report.applied).toBe(false);
      expect(report.issues).toEqual([
        { row: 4, column: "price", message: expect.stringContaining("at most 2 decimals") as string },
      ]);
    }
    expect(await counts()).toEqual(before);
    expect((await db.productVariant.findUniqueOrThrow({ where: { id: variant.id } })).priceMinor).toBe(3990);
    expect(await db.product.findUnique({ where: { slug: `imported-kettle-${s}` } })).toBeNull();
  });

  it("re-checks at apply time: stock reserved since the preview makes the apply refuse, writing nothing", async () => {
    const variant = await existingVariant(6);
    const text = csv([{ sku: variant.sku, stock_on_hand: "2", price: "1.00" }]);
    expect((await previewProductImport(db, text)).ok).toBe(true);
    await db.productVariant.update({ where: { id: variant.id }, data: { stockReserved: 4 } });
    const report = await apply(text);
    expect(report).toMatchObject({ ok: false, applied: false });
    expect(report.issues[0]).toMatchObject({ row: 2, column: "stock_on_hand" });
    expect(await db.productVariant.findUniqueOrThrow({ where: { id: variant.id } })).toMatchObject({
      stockOnHand: 6,
      priceMinor: 3990,
    });
  });
});

describe("row issues", () => {
  let existing: Awaited<ReturnType<typeof existingVariant>>;
  beforeAll(async () => {
    existing = await existingVariant(6);
    await db.productVariant.update({ where: { id: existing.id }, data: { stockReserved: 3 } });
  });

  const other = () => ({
    sku: `OK-${suffix()}`,
    product_slug: `kettle-x-${suffix()}`,
    product_name: "K",
    category_slug: "",
  });
  const cases: [string, () => Record<string, string>[], number, string, RegExp][] = [
    [
      "an unknown category",
      () => [
        {
          sku: `N-${suffix()}`,
          product_slug: `new-${suffix()}`,
          product_name: "N",
          category_slug: "no-such-category",
          price: "1",
        },
      ],
      2,
      "category_slug",
      /No category/,
    ],
    [
      "a duplicate SKU in the file",
      () => [
        { sku: existing.sku, price: "1" },
        { sku: existing.sku.toLowerCase(), price: "2" },
      ],
      3,
      "sku",
      /also on row 2/,
    ],
    ["a bad price", () => [{ sku: existing.sku, price: "abc" }], 2, "price", /amount/],
    ["a negative price", () => [{ sku: existing.sku, price: "-5" }], 2, "price", /amount/],
    ["a huge price", () => [{ sku: existing.sku, price: "123456789" }], 2, "price", /amount/],
    [
      "negative stock",
      () => [{ sku: existing.sku, stock_on_hand: "-1" }],
      2,
      "stock_on_hand",
      /whole number|at least 0/,
    ],
    ["fractional stock", () => [{ sku: existing.sku, stock_on_hand: "2.5" }], 2, "stock_on_hand", /whole number/],
    ["stock below reserved", () => [{ sku: existing.sku, stock_on_hand: "2" }], 2, "stock_on_hand", /reserved 3/],
    [
      "a new SKU without its product",
      () => [{ sku: `N-${suffix()}`, price: "1" }],
      2,
      "product_slug",
      /give its product_slug/,
    ],
    ["a new SKU without a price", () => [{ ...other(), category_slug: category.slug }], 2, "price", /give its price/],
    [
      "a new product without a name",
      () => [{ sku: `N-${suffix()}`, product_slug: `new-${suffix()}`, category_slug: category.slug, price: "1" }],
      2,
      "product_name",
      /needs product_name/,
    ],
    ["a new product without a category", () => [{ ...other(), price: "1" }], 2, "category_slug", /needs category_slug/],
    [
      "a SKU moving to another product",
      () => [{ sku: existing.sku, product_slug: "linen-shirt" }],
      2,
      "product_slug",
      /cannot move/,
    ],
    [
      "names that disagree",
      () => {
        const o = other();
        return [
          { ...o, category_slug: category.slug, price: "1" },
          { ...o, sku: `OK2-${suffix()}`, product_name: "Other", category_slug: category.slug, price: "1" },
        ];
      },
      3,
      "product_name",
      /differs from row 2/,
    ],
    ["an unknown status", () => [{ sku: existing.sku, status: "LIVE" }], 2, "status", /DRAFT, ACTIVE or ARCHIVED/],
    ["a wrong currency", () => [{ sku: existing.sku, currency: "USD" }], 2, "currency", /EUR/],
    [
      "a value without an option name",
      () => [{ sku: existing.sku, option2_value: "XL" }],
      2,
      "option2_value",
      /needs option2_name/,
    ],
    [
      "changed option names",
      () => [{ sku: existing.sku, option1_name: "Size", option1_value: "M" }],
      2,
      "option1_name",
      /rename options/,
    ],
    [
      "a missing option value",
      () => [{ sku: `N-${suffix()}`, product_slug: existing.product.slug, price: "1" }],
      2,
      "option1_value",
      /Give a value for Colour/,
    ],
    ["a formula-looking but bad SKU", () => [{ sku: "=cmd|' /C calc'!A0", price: "1" }], 2, "sku", /SKU uses/],
    [
      "a control character",
      () => [{ sku: existing.sku, product_name: "Bad\u0007Name" }],
      2,
      "product_name",
      /plain text/,
    ],
  ];

  it.each(cases.map(([label, rows, row, column, message]) => [label, row, column, rows, message] as const))(
    "%s → row %i, column %s",
    async (_label, row, column, rows, message) => {
      const before = await counts();
      const report = await apply(csv(rows()));
      expect(report.applied).toBe(false);
      expect(report.issues).toContainEqual({ row, column, message: expect.stringMatching(message) as string });
      expect(await counts()).toEqual(before);
    },
  );

  it.each([
    ["a missing sku column", "price\n1.00\n", /needs a sku column/],
    ["an unknown column", "sku,price,colour\nA,1,red\n", /Unknown column: “colour”/],
    ["a repeated column", "sku,price,price\nA,1,2\n", /appears twice/],
    ["an unclosed quote", 'sku,price\n"A,1\n', /quoted cell is never closed/],
    ["only a header", "sku,price\n", /no rows/],
    ["an empty file", "", /sku column/],
  ])("a file with %s is refused as a whole at row 1", async (_label, text, message) => {
    const report = await previewProductImport(db, text);
    expect(report.ok).toBe(false);
    expect(report.issues[0]).toMatchObject({ row: 1, message: expect.stringMatching(message) as string });
  });

  it("numbers rows as a spreadsheet does: empty lines and quoted line breaks count once", async () => {
    const text = `sku,description\r\n${existing.sku},"two\nlines"\r\n\r\n${existing.sku},x\r\n`;
    const report = await previewProductImport(db, text);
    expect(report.issues).toContainEqual(expect.objectContaining({ row: 4, column: "sku" }));
  });

  it("says a row has the wrong number of cells", async () => {
    const report = await previewProductImport(db, `sku,price\n${existing.sku},1,2\n`);
    expect(report.issues).toEqual([{ row: 2, column: null, message: "This row has 3 cells; the header has 2." }]);
  });
});

describe("export", () => {
  async function exported(query: string): Promise<string> {
    session.user = admin;
    const response = await exportRoute(new Request(`http://localhost:3000/api/admin/products/export.csv?${query}`), {
      params: Promise.resolve({}),
    });
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    expect(response.headers.get("content-disposition")).toMatch(
      /^attachment; filename="products-\d{4}-\d{2}-\d{2}\.csv"$/,
    );
    const bytes = new Uint8Array(await response.arrayBuffer());
    // A byte-order mark first, so spreadsheet programs read UTF-8 (Response.text() would hide it).
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    return new TextDecoder().decode(bytes.slice(3));
  }

  it("streams every variant with the documented columns, guarding cells that spreadsheets would run", async () => {
    const s = suffix();
    const rows = newProductRows(s).map((r) => ({
      ...r,
      product_name: `=HYPERLINK("http://evil.example","Click") ${s}`,
      description: "- first point\n- second point",
    }));
    expect((await apply(csv(rows))).issues).toEqual([]);
    const text = await exported(`q=imported-kettle-${s}`);
    const [header, ...lines] = text.split("\r\n");
    expect(header).toBe(allCsvColumns.join(","));
    expect(text).toContain(`"'=HYPERLINK(""http://evil.example"",""Click"") ${s}"`);
    expect(text).toContain(`"'- first point\n- second point"`);
    expect(lines.filter(Boolean)).toHaveLength(2);
    expect(text).toContain(`IK-${s.toUpperCase()}-RED,imported-kettle-${s}`);
    expect(text).toContain(",39.90,EUR,5,0,true,0");
  });

  it("round-trips: the export of the whole catalog imports back with nothing to change", async () => {
    const text = await exported("");
    const variants = await db.productVariant.count();
    expect(text.trim().split("\r\n")).toHaveLength(variants + 1);
    const preview = await previewProductImport(db, text);
    expect(preview.issues).toEqual([]);
    expect(preview.summary).toMatchObject({
      rows: variants,
      productsCreated: 0,
      productsUpdated: 0,
      variantsCreated: 0,
      variantsUpdated: 0,
      unchanged: variants,
    });
  });

  it("exports only what the filters select", async () => {
    const text = await exported(`categoryId=${category.id}&status=ARCHIVED`);
    expect(text.trim().split("\r\n")).toHaveLength(
      1 + (await db.productVariant.count({ where: { product: { categoryId: category.id, status: "ARCHIVED" } } })),
    );
  });
});

describe("POST /api/admin/products/import", () => {
  const post = (text: string, mode: string, headers: Record<string, string> = {}) =>
    call(importRoute, `/api/admin/products/import?mode=${mode}`, {
      method: "POST",
      headers: { "content-type": "text/csv", ...headers },
      body: text,
    });

  it("answers the report as JSON, or as a stream of progress lines ending with the report", async () => {
    session.user = admin;
    const json = await post(csv(newProductRows()), "preview");
    expect(json.status).toBe(200);
    expect(json.body).toMatchObject({ mode: "preview", ok: true });
    const streamed = await post(csv(newProductRows()), "apply", { accept: "application/x-ndjson" });
    expect(streamed.headers.get("content-type")).toMatch(/^application\/x-ndjson/);
    const lines = streamed.text
      .trim()
      .split("\n")
      .map((line) => JSON.parse(line) as { type: string; phase?: string; report?: ImportReport });
    expect(lines.some((l) => l.type === "progress" && l.phase === "parse")).toBe(true);
    expect(lines.at(-1)).toMatchObject({ type: "report", report: { mode: "apply", applied: true } });
  });

  it("writes problems in the client's language and gives each previewed change as data beside the words", async () => {
    session.user = admin;
    const variant = await existingVariant(6);
    const changed = await post(csv([{ sku: variant.sku, price: "35.50", stock_on_hand: "9" }]), "preview", {
      "accept-language": "cs",
    });
    const report = changed.body as ImportReport;
    expect(report.preview[0]).toMatchObject({
      changes: ["price 39.90 → 35.50", "stock 6 → 9"],
      details: [
        { kind: "price", from: 3990, to: 3550, currency: variant.currency },
        { kind: "stock", from: 6, to: 9 },
      ],
    });

    const czech = await post("product_name\nKettle\n", "preview", { "accept-language": "cs-CZ,cs;q=0.9" });
    expect((czech.body as ImportReport).issues).toContainEqual({
      row: 1,
      column: null,
      message: "Soubor musí mít sloupec sku.",
    });
    const english = await post("product_name\nKettle\n", "preview");
    expect((english.body as ImportReport).issues).toContainEqual({
      row: 1,
      column: null,
      message: "The file needs a sku column.",
    });

    // Messages built from a template with the file's own values, plural forms included.
    const newSku = `NEW-${suffix().toUpperCase()}`;
    const templated = `sku,price\n${variant.sku},1,2\n${newSku},5\n${variant.sku},6\n`;
    const inCzech = await post(templated, "preview", { "accept-language": "cs" });
    expect(inCzech.status).toBe(200);
    expect((inCzech.body as ImportReport).issues).toEqual([
      { row: 2, column: null, message: "Tento řádek má 3 buňky; záhlaví jich má 2." },
      { row: 3, column: "product_slug", message: `SKU ${newSku} je nové: vyplňte u něj sloupec product_slug.` },
    ]);
    const inEnglish = await post(templated, "preview");
    expect((inEnglish.body as ImportReport).issues).toEqual([
      { row: 2, column: null, message: "This row has 3 cells; the header has 2." },
      { row: 3, column: "product_slug", message: `The SKU ${newSku} is new: give its product_slug.` },
    ]);
    const twice = `sku,stock_on_hand\n${variant.sku},1\n${variant.sku},2\n`;
    const streamed = await post(twice, "apply", { "accept-language": "cs", accept: "application/x-ndjson" });
    const last = JSON.parse(streamed.text.trim().split("\n").at(-1) ?? "{}") as { report: ImportReport };
    expect(last.report).toMatchObject({ applied: false });
    expect(last.report.issues).toEqual([{ row: 3, column: "sku", message: `SKU ${variant.sku} je už na řádku 2.` }]);
    const unknown = await post("sku,price,colour,size\nA,1,red,M\n", "preview", { "accept-language": "cs" });
    expect((unknown.body as ImportReport).issues[0]?.message).toMatch(
      /^Neznámé sloupce: “colour”, “size”\. Sloupce jsou: sku, /,
    );
  });

  it.each([
    ["JSON instead of CSV", 415, "unsupported_media_type", { "content-type": "application/json" }, "{}"],
    ["an unknown mode", 400, "invalid_input", {}, "sku\n"],
    ["a file over 10 MB", 413, "payload_too_large", { "content-length": String(11 * 1024 * 1024) }, "sku\n"],
    ["bytes that are not UTF-8", 400, "invalid_input", {}, Buffer.from([0x73, 0x6b, 0x75, 0x0a, 0xff, 0xfe, 0x0a])],
  ])("%s → %i %s", async (_label, status, code, headers, body) => {
    session.user = admin;
    const res = await call(
      importRoute,
      `/api/admin/products/import?mode=${_label === "an unknown mode" ? "delete" : "apply"}`,
      {
        method: "POST",
        headers: { "content-type": "text/csv", ...headers },
        body: typeof body === "string" ? body : new Uint8Array(body),
      },
    );
    expect(res.status).toBe(status);
    expect(errorOf(res.body).code).toBe(code);
  });

  it("refuses a READ token (403) and a customer (403) before reading the file", async () => {
    const token = await createApiToken(db, actorOf(admin), { name: "import reader", scope: "READ" });
    session.user = null;
    expect((await post(csv(newProductRows()), "preview", bearer(token.secret))).status).toBe(403);
    session.user = customerUser;
    expect((await post(csv(newProductRows()), "apply")).status).toBe(403);
  });

  it("imports thousands of rows in one transaction", async () => {
    session.user = admin;
    const s = suffix();
    const rows = Array.from({ length: 3000 }, (_, i) => ({
      sku: `BULK-${s.toUpperCase()}-${i}`,
      product_slug: `bulk-${s}-${Math.floor(i / 3)}`,
      product_name: `Bulk item ${s} ${Math.floor(i / 3)}`,
      category_slug: category.slug,
      status: "DRAFT",
      option1_name: "Pack",
      option1_value: String((i % 3) + 1),
      price: `${(i % 50) + 1}.${String(i % 100).padStart(2, "0")}`,
      stock_on_hand: String(i % 7),
    }));
    const started = Date.now();
    const res = await post(csv(rows), "apply");
    expect(res.body).toMatchObject({ applied: true, summary: { productsCreated: 1000, variantsCreated: 3000 } });
    expect(await db.productVariant.count({ where: { sku: { startsWith: `BULK-${s.toUpperCase()}-` } } })).toBe(3000);
    const again = await post(csv(rows.map((r) => ({ ...r, price: "9.99" }))), "apply");
    expect(again.body).toMatchObject({ applied: true, summary: { variantsUpdated: 3000 } });
    expect(Date.now() - started).toBeLessThan(60_000);
  });
});
