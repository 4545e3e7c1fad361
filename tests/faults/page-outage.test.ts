import { rm } from "node:fs/promises";
import { afterAll, describe, expect, it } from "vitest";
import { applyMigrations } from "@/lib/db/migrations";
import { createDb } from "@/lib/db/client";
import { type EmbeddedServer, startEmbeddedPostgres } from "@/lib/runtime/embedded-postgres";
import { seedDemoData } from "@/prisma/seed/seed";
import { testAccounts } from "../support/accounts";
import { createTestVariant } from "../support/fixtures";
import { FAULT_APP_PORTS, FAULT_DB_PORTS, freePortIn } from "../support/free-port";
import { type HttpResult, addToCart, checkout, checkoutBody, send } from "../support/http-shopper";
import { type ShopProcess, startShopProcess, TEST_AUTH_SECRET } from "../support/shop-process";

// PostgreSQL restarts while shoppers use pages and server actions the way browsers do: product and cart pages,
// the test provider's payment page, and its pay form posted both without JavaScript (a form post that renders a
// page) and by the page's script (a server action answered with an RSC payload). Every answer is a success or a
// 503 with Retry-After, never a 500; a page that fails shows the "try again in a moment" page, with the posted
// form on it again; each refusal is one JSON log line, and no bare stack reaches the server's output.

const dir = `.data/postgres-page-outage-${process.pid}`;
const SHOPPERS = 4;

type Step = "product" | "cart" | "pay-page" | "pay-form" | "pay-action";
interface Attempt {
  phase: "before" | "outage" | "after";
  step: Step;
  requestId: string;
  result: HttpResult;
}
interface OpenPayment {
  pageUrl: string;
  fields: [string, string][];
}

let database: EmbeddedServer | undefined;
let shop: ShopProcess | undefined;
afterAll(async () => {
  await shop?.stop();
  await database?.stop();
  await rm(dir, { recursive: true, force: true });
  await rm(`${dir}.password`, { force: true });
});

const until = async (condition: () => boolean, timeoutMs: number) => {
  const deadline = Date.now() + timeoutMs;
  while (!condition() && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
};

/** The hidden fields of the payment page's form, as a browser would post them. */
function formFields(html: string): [string, string][] {
  return [...html.matchAll(/<input type="hidden" name="([^"]+)"(?: value="([^"]*)")?/g)].map((m) => [
    (m[1] ?? "").replaceAll("&amp;", "&"),
    (m[2] ?? "").replaceAll("&amp;", "&"),
  ]);
}

let counter = 0;
const nextId = (step: Step) => `outage-${step}-${(++counter).toString().padStart(5, "0")}`;

describe("a database restart under browser-like load on pages and server actions", () => {
  it(
    "answers every page and server action with a success or a 503 with Retry-After, never a 500",
    { timeout: 300_000 },
    async () => {
      const started = Date.now();
      const note = (what: string) => console.log(`[${Date.now() - started} ms] ${what}`);
      const dbPort = await freePortIn(...FAULT_DB_PORTS);
      database = await startEmbeddedPostgres({ dir, port: dbPort });
      await database.ensureDatabase("shop");
      const url = database.urlFor("shop");
      await applyMigrations(url);
      const db = createDb(url, 2);
      await seedDemoData(db, testAccounts, { authSecret: TEST_AUTH_SECRET });
      const { product, variant } = await createTestVariant(db, { stock: 100_000, priceMinor: 1500 });
      await db.$disconnect();

      shop = await startShopProcess({ port: await freePortIn(...FAULT_APP_PORTS), databaseUrl: url });
      const { baseUrl } = shop;

      /** Orders waiting for payment, opened before the outage: each pay form is posted until it is answered. */
      const open: OpenPayment[] = [];
      const cart = await addToCart(baseUrl, variant.id, 1);
      expect(cart.status).toBe(201);
      for (let i = 0; i < 40; i++) {
        const added = await addToCart(baseUrl, variant.id, 1);
        const placed = await checkout(baseUrl, added.cookie ?? "", checkoutBody());
        const paymentUrl = (placed.body as { paymentUrl?: string }).paymentUrl;
        expect(placed.status, JSON.stringify(placed.body)).toBe(201);
        const pageUrl = new URL(paymentUrl ?? "", baseUrl).toString();
        const page = await send(pageUrl);
        open.push({ pageUrl, fields: formFields(String(page.body)) });
      }

      note(`${open.length} payments open`);
      let phase: Attempt["phase"] = "before";
      let running = true;
      const attempts: Attempt[] = [];
      const request = async (step: Step, target: string, init: RequestInit = {}) => {
        const requestId = nextId(step);
        const at = phase;
        const result = await send(target, {
          ...init,
          redirect: "manual",
          headers: { ...(init.headers as Record<string, string>), "x-request-id": requestId },
        });
        attempts.push({ phase: at, step, requestId, result });
        return result;
      };

      const pay = async (payment: OpenPayment, byScript: boolean) => {
        const form = new FormData();
        const action = payment.fields.find(([name]) => name.startsWith("$ACTION_ID_"))?.[0].slice(11) ?? "";
        const fields = [...payment.fields.filter(([name]) => !name.startsWith("$")), ["outcome", "decline"]];
        // Without JavaScript the form posts its fields and the action's id; the page's script posts the action's
        // arguments as React encodes them (the form data as argument 1) with the id in a header.
        if (!byScript) form.append(`$ACTION_ID_${action}`, "");
        for (const [name, value] of fields) form.append(byScript ? `_1_${name}` : (name ?? ""), value ?? "");
        if (byScript) form.append("0", '["$K1"]');
        const headers: Record<string, string> = { origin: baseUrl };
        if (byScript) Object.assign(headers, { "next-action": action, accept: "text/x-component" });
        const result = await request(byScript ? "pay-action" : "pay-form", payment.pageUrl, {
          method: "POST",
          body: form,
          headers,
        });
        // Refused: the shopper tries again later with the same form.
        if (result.status === 503) open.push(payment);
      };

      const shopper = async (index: number) => {
        while (running) {
          await request("product", `${baseUrl}/products/${product.slug}`);
          await request("cart", `${baseUrl}/cart`, { headers: { cookie: cart.cookie ?? "" } });
          const payment = open.shift();
          if (!payment) continue;
          await request("pay-page", payment.pageUrl);
          await pay(payment, index % 2 === 1);
        }
      };
      const load = Promise.all(Array.from({ length: SHOPPERS }, (_, i) => shopper(i)));

      await until(() => attempts.length >= 20, 30_000);
      phase = "outage";
      note(`stopping the database after ${attempts.length} requests`);
      await database.stop();
      // Down long enough for every kind of request to meet the outage.
      const kinds = (): Set<Step> => new Set(attempts.filter((a) => a.phase === "outage").map((a) => a.step));
      await until(() => kinds().size >= 4 && attempts.filter((a) => a.phase === "outage").length >= 40, 30_000);
      note(
        `restarting the database: ${attempts.filter((a) => a.phase === "outage").length} requests in the outage (${[...kinds()].join(", ")})`,
      );
      database = await startEmbeddedPostgres({ dir, port: dbPort });
      phase = "after";
      const afterOk = (step: Step) =>
        attempts.some((a) => a.phase === "after" && a.step === step && a.result.status > 0 && a.result.status < 400);
      await until(() => (["cart", "pay-page", "pay-form", "pay-action"] as Step[]).every(afterOk), 60_000);
      note(
        `recovered: ${attempts
          .filter((a) => a.phase === "after")
          .map((a) => `${a.step}:${a.result.status}`)
          .slice(0, 30)
          .join(" ")}`,
      );
      running = false;
      await load;

      // No 500, no dropped connection: a success, a redirect or a 503 with Retry-After.
      const wrong = attempts.filter(
        (a) => a.result.status === 0 || (a.result.status >= 400 && a.result.status !== 503),
      );
      expect(
        wrong.map((a) => ({ step: a.step, status: a.result.status, body: String(a.result.body).slice(0, 300) })),
        JSON.stringify(
          shop.logs.filter((l) => wrong.slice(0, 2).some((a) => a.requestId === l.requestId) || !l.requestId),
          null,
          2,
        ).slice(0, 6000),
      ).toEqual([]);
      const refused = attempts.filter((a) => a.result.status === 503);
      const refusedSteps = new Set(refused.map((a) => a.step));
      // Product pages may come from the page cache, which needs no database; the others cannot.
      expect([...refusedSteps]).toEqual(expect.arrayContaining(["cart", "pay-page", "pay-form", "pay-action"]));
      for (const { step, requestId, result } of refused) {
        expect(Number(result.headers.get("retry-after")), step).toBeGreaterThan(0);
        expect(result.headers.get("x-request-id")).toBe(requestId);
        expect(result.headers.get("cache-control")).toBe("no-store");
        if (step === "pay-action") {
          // The page's script gets its RSC payload (the error boundary says to try again in a moment).
          expect(result.headers.get("content-type")).toContain("text/x-component");
          continue;
        }
        expect(result.headers.get("content-type")).toContain("text/html");
        expect(String(result.body)).toContain("Please try again in a moment");
        if (step === "pay-form") {
          // The form is on the page again, with what was posted, ready to be sent once more.
          expect(String(result.body)).toMatch(
            /<form method="post" action="\/pay\/test\/[^"]+" enctype="multipart\/form-data">/,
          );
          expect(String(result.body)).toContain('<input type="hidden" name="outcome" value="decline">');
        }
        // Exactly one log line tells why.
        const lines = shop.logs.filter((l) => l.requestId === requestId && l.message === "database unavailable");
        expect(lines, requestId).toHaveLength(1);
      }
      // Failures are JSON log lines: no bare stack or Prisma message on the server's output, no unhandled error.
      expect(shop.otherOutput.filter((line) => /^\s+at |error|prisma|invocation/i.test(line))).toEqual([]);
      expect(shop.logs.filter((l) => l.message === "unhandled error")).toEqual([]);

      // After the restart every kind of request succeeds again, without restarting the app.
      for (const step of ["product", "cart", "pay-page", "pay-form", "pay-action"] as Step[])
        expect(afterOk(step), step).toBe(true);
      console.log(
        `page outage: ${attempts.length} requests, ${refused.length} answered 503 (${[...refusedSteps].join(", ")})`,
      );
    },
  );
});
