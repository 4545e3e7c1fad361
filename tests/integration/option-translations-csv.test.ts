import { afterAll, beforeAll, describe, expect, inject, it, vi } from "vitest";
import { GET as exportRoute, POST as importRoute } from "@/app/api/admin/option-translations.csv/route";
import type { CurrentUser } from "@/lib/accounts/types";
import { createApiToken } from "@/lib/api-tokens/create-api-token";
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

// The option glossary as a CSV file against a real PostgreSQL: exported with every option name and value of the
// catalog, edited, imported back (all lines or none), and refused with a message per line for what is wrong.

const session = vi.hoisted(() => ({ user: null as CurrentUser | null }));
vi.mock("@/lib/auth/current-user", () => ({ getCurrentUser: () => Promise.resolve(session.user) }));

const db = createDb(inject("databaseUrl"), 4);
let admin: CurrentUser;
let categoryId = "";
// Texts of this file's own, so no other test's options are touched.
const s = suffix();
const FINISH = `Finish ${s}`;
const MATT = `Matt ${s}`;
const FORMULA = `=Gloss ${s}`;
const mine = [FINISH, MATT, FORMULA];

beforeAll(async () => {
  admin = await adminUser(db);
  categoryId = (await ownCategory(db, "Glossary CSV")).id;
  await db.product.create({
    data: {
      slug: `frame-${s}`,
      name: `Frame ${s}`,
      categoryId,
      status: "ACTIVE",
      optionNames: [FINISH],
      variants: {
        create: [
          { sku: `FM-${s}`, priceMinor: 900, currency: "EUR", stockOnHand: 5, optionValues: { [FINISH]: MATT } },
          { sku: `FG-${s}`, priceMinor: 900, currency: "EUR", stockOnHand: 5, optionValues: { [FINISH]: FORMULA } },
        ],
      },
    },
  });
});

afterAll(async () => {
  await db.optionTranslation.deleteMany({ where: { source: { in: mine } } });
  await retireCategories(db, [categoryId]);
  await db.$disconnect();
});

const rowsOf = () =>
  db.optionTranslation.findMany({ where: { source: { in: mine } }, orderBy: [{ kind: "asc" }, { source: "asc" }] });
const exported = (query: string, headers: Record<string, string> = {}) =>
  call(exportRoute, `/api/admin/option-translations.csv?${query}`, { headers });
const imported = (text: string, headers: Record<string, string> = {}) =>
  call(importRoute, "/api/admin/option-translations.csv", {
    method: "POST",
    headers: { "content-type": "text/csv", ...headers },
    body: text,
  });
const csv = (...lines: string[]) => ["language,kind,source,text", ...lines].join("\r\n");
/** The export's lines for this file's own texts. */
const ownLines = (text: string) =>
  text
    .replace(/^\uFEFF/, "")
    .split("\r\n")
    .filter((line) => mine.some((source) => line.includes(source.replace(/^=/, ""))));

describe("GET /api/admin/option-translations.csv", () => {
  it("lists every option name and value of the catalog with its translation, formulas guarded", async () => {
    session.user = admin;
    await db.optionTranslation.create({ data: { language: "cs", kind: "value", source: MATT, text: "Matná" } });
    const res = await exported("language=cs");
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    expect(res.headers.get("content-disposition")).toBe('attachment; filename="option-texts-cs.csv"');
    expect(res.headers.get("cache-control")).toBe("private, no-store");
    expect(res.text.startsWith("language,kind,source,text\r\n")).toBe(true);
    // A byte-order mark first, so spreadsheet programs read UTF-8 (Response.text() hides it).
    const raw = await exportRoute(new Request("http://localhost:3000/api/admin/option-translations.csv?language=cs"), {
      params: Promise.resolve({}),
    });
    expect([...new Uint8Array(await raw.arrayBuffer()).slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(ownLines(res.text)).toEqual([`cs,name,${FINISH},`, `cs,value,'${FORMULA},`, `cs,value,${MATT},Matná`]);
  });

  it("refuses an unknown language, a customer and an anonymous caller", async () => {
    session.user = admin;
    const unknown = await exported("language=xx");
    expect(unknown.status).toBe(400);
    expect(Object.keys(errorOf(unknown.body).fields ?? {})).toEqual(["language"]);
    expect((await exported("language=en")).status).toBe(400);
    session.user = customerUser;
    expect((await exported("language=cs")).status).toBe(403);
    session.user = null;
    expect((await exported("language=cs")).status).toBe(401);
  });
});

describe("POST /api/admin/option-translations.csv", () => {
  it("saves an edited export: a new text, a changed one and an emptied one, with one audit record", async () => {
    session.user = admin;
    await db.optionTranslation.deleteMany({ where: { source: { in: mine } } });
    await db.optionTranslation.createMany({
      data: [
        { language: "cs", kind: "value", source: MATT, text: "Matná" },
        { language: "cs", kind: "value", source: FORMULA, text: "Lesklá" },
      ],
    });
    const edited = (await exported("language=cs")).text
      .replace(`cs,name,${FINISH},`, `cs,name,${FINISH},Povrch`)
      .replace(`cs,value,${MATT},Matná`, `cs,value,${MATT},Matný`)
      .replace(`cs,value,'${FORMULA},Lesklá`, `cs,value,'${FORMULA},`);
    const res = await imported(edited);
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ language: "cs", changed: 3 });
    expect((await rowsOf()).map((r) => [r.kind, r.source, r.text])).toEqual([
      ["name", FINISH, "Povrch"],
      ["value", MATT, "Matný"],
    ]);
    const audit = await db.auditLog.findFirst({
      where: { action: "option_text.translate", actorId: admin.id },
      orderBy: { createdAt: "desc" },
    });
    expect(audit?.after).toMatchObject({ language: "cs", [`value:${FORMULA}`]: null, [`name:${FINISH}`]: "Povrch" });
    // The same file again changes nothing.
    expect((await imported(edited)).body).toMatchObject({ changed: 0 });
  });

  it("refuses a file with any bad line, naming each line in the caller's language, and saves nothing", async () => {
    session.user = admin;
    const before = await rowsOf();
    const res = await imported(
      csv(
        `cs,name,${FINISH},Úprava`,
        `cs,colour,${MATT},Matná`,
        `cs,value,${MATT},Matná`,
        `cs,value,${MATT},Matný`,
        "",
        `cs,value,${FORMULA}`,
      ),
      { "accept-language": "cs" },
    );
    expect(res.status).toBe(400);
    expect(errorOf(res.body).fields).toEqual({
      "line 3": "Druh musí být name, nebo value.",
      "line 5": "Tento text už je na řádku 4.",
      // Line 6 is blank: lines are numbered as in the file.
      "line 7": "Tento řádek musí mít 4 buňky.",
    });
    expect(await rowsOf()).toEqual(before);

    // Once the lines are whole, the texts themselves are checked, each on its line.
    const texts = await imported(
      csv(`cs,name,${FINISH},Úprava`, `cs,value,${MATT},${"x".repeat(101)}`, `cs,value,${FORMULA},"two\nlines"`),
    );
    expect(texts.status).toBe(400);
    const fields = errorOf(texts.body).fields ?? {};
    expect(Object.keys(fields).sort()).toEqual(["line 3", "line 4"]);
    expect(fields["line 3"]).toMatch(/100/);
    expect(await rowsOf()).toEqual(before);
  });

  it("refuses files that are not a glossary: header, language, syntax, encoding, type, emptiness", async () => {
    session.user = admin;
    const before = await rowsOf();
    const cases: [string, string, Record<string, string>][] = [
      ["sku,price\r\nA,1", "file", {}],
      [csv(), "file", {}],
      [csv(`cs,value,${MATT},Matná`, `en,value,${MATT},Matt`), "file", {}],
      [csv(`xx,value,${MATT},Matná`), "file", {}],
      [csv(`cs,value,"${MATT},Matná`), "file", {}],
    ];
    for (const [body, field, headers] of cases) {
      const res = await imported(body, headers);
      expect(res.status, body).toBe(400);
      expect(Object.keys(errorOf(res.body).fields ?? {}), body).toEqual([field]);
    }
    // Over 1 MB: refused while reading, before anything is parsed.
    const huge = await imported(csv(`cs,value,${MATT},x`) + " ".repeat(1024 * 1024));
    expect(huge.status).toBe(413);
    const json = await imported(csv(`cs,value,${MATT},x`), { "content-type": "application/json" });
    expect(json.status).toBe(415);
    const latin1 = await call(importRoute, "/api/admin/option-translations.csv", {
      method: "POST",
      headers: { "content-type": "text/csv" },
      body: Buffer.from(csv(`cs,value,${MATT},Matn\xe1`), "latin1"),
    });
    expect(latin1.status).toBe(400);
    expect(await rowsOf()).toEqual(before);
  });

  it("refuses a READ token, a customer and an anonymous caller before reading the file", async () => {
    const token = await createApiToken(db, actorOf(admin), { name: "glossary reader", scope: "READ" });
    const before = await rowsOf();
    session.user = null;
    expect((await imported(csv(`cs,value,${MATT},Matná`), bearer(token.secret))).status).toBe(403);
    expect((await imported(csv(`cs,value,${MATT},Matná`))).status).toBe(401);
    session.user = customerUser;
    expect((await imported(csv(`cs,value,${MATT},Matná`))).status).toBe(403);
    expect(await rowsOf()).toEqual(before);
    // A READ token may export.
    expect((await exported("language=cs", bearer(token.secret))).status).toBe(200);
  });
});
