import { randomUUID } from "node:crypto";
import { renderToStaticMarkup } from "react-dom/server";
import { afterAll, beforeAll, describe, expect, inject, it, vi } from "vitest";
import type { CurrentUser } from "@/lib/accounts/types";
import { saveShopIdentityAction } from "@/app/admin/shop-identity/actions";
import { GET as getInvoice } from "@/app/api/admin/orders/[id]/invoice/route";
import { legalPage } from "@/app/_components/legal-document-page";
import { SiteFooter } from "@/app/_components/site-footer";
import { createDb } from "@/lib/db/client";
import { renderQueuedEmail } from "@/lib/mail/renderers";
import { loadShopIdentity, shopIdentityFromEnv } from "@/lib/shop/shop-identity";
import { updateShopIdentity } from "@/lib/shop/update-shop-identity";
import { actorOf, auditRowsFor, createAccount, submit } from "../support/admin-people";
import { placePaidOrder } from "../support/paid-orders";
import { pdfText } from "../support/pdf-text";

// The shop's identity as staff set it: audited, shown by the imprint, the footer and e-mails, and printed on
// invoices issued after the change, while an invoice already issued stays exactly as it was.
const session = vi.hoisted(() => ({ user: null as CurrentUser | null }));
vi.mock("@/lib/auth/current-user", () => ({
  getCurrentUser: () => Promise.resolve(session.user),
}));
vi.mock("next/cache", () => ({ revalidatePath: () => undefined }));

const db = createDb(inject("databaseUrl"), 4);
let staff: CurrentUser;
let customer: CurrentUser;

beforeAll(async () => {
  staff = await createAccount(db, { role: "STAFF" });
  customer = await createAccount(db);
});
// Other test files expect the defaults: leave none of this behind.
afterAll(async () => {
  await db.shopIdentitySetting.deleteMany();
  await db.$disconnect();
});

const valid = {
  legalName: "Kovárna Hrubá s.r.o.",
  address: "Náměstí Míru 1\r\n\r\n  120 00 Praha 2 \nCzech Republic",
  companyId: "27082440",
  vatId: "cz 270 824 40",
  email: "Fakturace@Kovarna.example",
};

async function invoicePdf(orderId: string): Promise<Buffer> {
  session.user = staff;
  const response = await getInvoice(new Request(`http://localhost:3000/api/admin/orders/${orderId}/invoice`), {
    params: Promise.resolve({ id: orderId }),
  });
  expect(response.status).toBe(200);
  return Buffer.from(await response.arrayBuffer());
}

describe("shop identity", () => {
  it("uses the SHOP_* settings until staff save one", async () => {
    await db.shopIdentitySetting.deleteMany();
    expect(await loadShopIdentity(db)).toEqual(shopIdentityFromEnv());
  });

  it.each([
    ["anonymous", () => null, "unauthenticated"],
    ["customer", () => customer, "forbidden"],
  ])("refuses a %s caller before reading the form, storing nothing", async (_label, who, code) => {
    session.user = who();
    expect(await submit(saveShopIdentityAction, valid)).toEqual({ thrown: code });
    expect(await db.shopIdentitySetting.count()).toBe(0);
  });

  it.each([
    ["no legal name", { legalName: "  " }, "legalName"],
    ["a line break in the legal name", { legalName: "Shop\r\nBcc: x@example.com" }, "legalName"],
    ["a legal name over 120 characters", { legalName: "x".repeat(121) }, "legalName"],
    ["no address", { address: "\n \n" }, "address"],
    ["seven address lines", { address: "1\n2\n3\n4\n5\n6\n7" }, "address"],
    ["a NUL byte in the address", { address: "Main St\u0000 1" }, "address"],
    ["a VAT ID without an EU prefix", { vatId: "US123456789" }, "vatId"],
    ["a Czech VAT ID of the wrong length", { vatId: "CZ123" }, "vatId"],
    ["markup in the registration number", { companyId: "<img src=x>" }, "companyId"],
    ["an e-mail that is not one", { email: "shop@" }, "email"],
    ["a header injection in the e-mail", { email: "a@b.example\r\nBcc: c@d.example" }, "email"],
  ])("refuses %s with a field error, storing nothing", async (_label, patch, field) => {
    session.user = staff;
    const state = await submit(saveShopIdentityAction, { ...valid, ...patch });
    expect(state).toMatchObject({ status: "error" });
    expect(Object.keys((state as { fields?: Record<string, string> }).fields ?? {})).toEqual([field]);
    expect(await db.shopIdentitySetting.count()).toBe(0);
  });

  it("refuses a read-only API token's actor in the domain function itself", async () => {
    await expect(
      updateShopIdentity(db, actorOf(staff, { scope: "READ" }), {
        legalName: "X",
        address: "Y",
        companyId: "",
        vatId: "",
        email: "x@example.com",
      }),
    ).rejects.toMatchObject({ code: "forbidden" });
    expect(await db.shopIdentitySetting.count()).toBe(0);
  });

  it("a new identity reaches new invoices, e-mails, the imprint and the footer; an issued invoice never changes", async () => {
    const defaults = shopIdentityFromEnv();
    const before = await placePaidOrder(db, [{ priceMinor: 1999, quantity: 1 }]);
    const issued = await invoicePdf(before.orderId);
    expect(await pdfText(issued)).toContain(defaults.legalName);

    session.user = staff;
    const state = await submit(saveShopIdentityAction, valid);
    expect(state).toEqual({ thrown: expect.stringContaining("NEXT_REDIRECT") as string });
    const saved = await loadShopIdentity(db);
    expect(saved).toMatchObject({
      legalName: "Kovárna Hrubá s.r.o.",
      addressLines: ["Náměstí Míru 1", "120 00 Praha 2", "Czech Republic"],
      companyId: "27082440",
      vatId: "CZ27082440",
      email: "fakturace@kovarna.example",
    });
    const [audit] = await auditRowsFor(db, "1").then((rows) => rows.filter((r) => r.action === "shop_identity.update"));
    expect(audit).toMatchObject({ actorId: staff.id, entityType: "shop_identity" });
    expect(audit?.before).toMatchObject({ legalName: defaults.legalName, email: defaults.email });
    expect(audit?.after).toMatchObject({ legalName: "Kovárna Hrubá s.r.o.", vatId: "CZ27082440" });

    // The invoice issued before: the same bytes, the old seller, in the stored document too.
    const refetched = await invoicePdf(before.orderId);
    expect(refetched.equals(issued)).toBe(true);
    expect(await pdfText(refetched)).not.toContain("Kovárna");
    const stored = await db.invoice.findUniqueOrThrow({ where: { orderId: before.orderId } });
    expect(stored.document).toMatchObject({ seller: { name: defaults.legalName } });

    // An invoice issued after: the new seller.
    const after = await placePaidOrder(db, [{ priceMinor: 1999, quantity: 1 }]);
    const fresh = await pdfText(await invoicePdf(after.orderId));
    expect(fresh).toContain("Kovárna Hrubá s.r.o.");
    expect(fresh).toContain("VAT ID: CZ27082440");
    expect(fresh).toContain("Náměstí Míru 1");

    // E-mails sign with it; the imprint and the footer show it.
    const email = await renderQueuedEmail("order-confirmation", { orderId: after.orderId }, db);
    expect(email.text).toContain("Kovárna Hrubá s.r.o.");
    expect(email.html).toContain("fakturace@kovarna.example");
    const imprint = renderToStaticMarkup(await legalPage("IMPRINT")({ searchParams: Promise.resolve({}) }));
    expect(imprint).toContain("Kovárna Hrubá s.r.o.");
    expect(imprint).toContain("CZ27082440");
    expect(imprint).toContain("120 00 Praha 2");
    const footer = renderToStaticMarkup(await SiteFooter({ categories: [], shop: await loadShopIdentity(db) }));
    expect(footer).toContain("Kovárna Hrubá s.r.o. · Náměstí Míru 1, 120 00 Praha 2, Czech Republic");
    expect(footer).toContain('href="mailto:fakturace@kovarna.example"');
  });

  it("escapes markup saved in the identity wherever it is shown", async () => {
    session.user = staff;
    const legalName = `<script>alert("${randomUUID().slice(0, 4)}")</script> Ltd`;
    await submit(saveShopIdentityAction, { ...valid, legalName });
    const imprint = renderToStaticMarkup(await legalPage("IMPRINT")({ searchParams: Promise.resolve({}) }));
    expect(imprint).not.toContain("<script>");
    expect(imprint).toContain("&lt;script&gt;");
  });
});
