import { randomUUID } from "node:crypto";
import { isValidElement, type ReactNode } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { afterAll, beforeAll, describe, expect, inject, it, vi } from "vitest";
import type { CurrentUser } from "@/lib/accounts/types";
import { placeOrder } from "@/lib/checkout/place-order";
import type { CheckoutInput } from "@/lib/checkout/schemas";
import { createDb } from "@/lib/db/client";
import { currentLegalVersion } from "@/lib/legal/get-legal-document";
import { GET as exportRoute } from "@/app/api/account/export/route";
import AdminOrderPage from "@/app/admin/orders/[id]/page";
import { OrderConsentPanel } from "@/app/admin/orders/[id]/order-consent-panel";
import { createAccount } from "../support/admin-people";
import { checkoutInput, createTestVariant } from "../support/fixtures";
import { call, errorOf } from "../support/route";

// The consent recorded at checkout (versions of the terms and privacy notice, and the time) as staff see it on the
// order page and as the customer gets it in their personal-data export.
const session = vi.hoisted(() => ({ user: null as CurrentUser | null }));
vi.mock("@/lib/auth/current-user", () => ({
  getCurrentUser: () => Promise.resolve(session.user),
}));

const db = createDb(inject("databaseUrl"), 4);
let staff: CurrentUser;
let customer: CurrentUser;
let other: CurrentUser;
afterAll(() => db.$disconnect());

beforeAll(async () => {
  staff = await createAccount(db, { role: "STAFF" });
  customer = await createAccount(db, { email: `consent-${randomUUID().slice(0, 8)}@example.com` });
  other = await createAccount(db);
});

/** An order from the customer's own cart. */
async function orderBy(user: CurrentUser, overrides: Partial<CheckoutInput> = {}): Promise<string> {
  const { variant } = await createTestVariant(db, { stock: 5, priceMinor: 1500 });
  const cart = await db.cart.upsert({ where: { userId: user.id }, update: {}, create: { userId: user.id } });
  await db.cartLine.create({ data: { cartId: cart.id, variantId: variant.id, quantity: 1 } });
  const placed = await placeOrder(
    db,
    { userId: user.id, cartId: null },
    checkoutInput({ email: user.email, ...overrides }),
    { paymentProvider: "test" },
  );
  return placed.orderId;
}

/** Finds the element of a component in a tree a server component returned, without rendering it. */
function findElement(node: ReactNode, type: unknown): { props: Record<string, unknown> } | null {
  if (Array.isArray(node)) {
    for (const child of node as ReactNode[]) {
      const found = findElement(child, type);
      if (found) return found;
    }
    return null;
  }
  if (!isValidElement<{ children?: ReactNode }>(node)) return null;
  if (node.type === type) return { props: node.props };
  return findElement(node.props.children, type);
}

describe("the admin order page", () => {
  it("shows the accepted versions, linked to the exact texts, and the time; the company and invoice address", async () => {
    const orderId = await orderBy(customer, {
      company: { name: "Kovárna <b>Hrubá</b> s.r.o.", registrationNumber: "27082440", vatId: "CZ27082440" },
      billingAddress: { name: "Účtárna", line1: "Náměstí 1", city: "Brno", postalCode: "602 00", country: "CZ" },
    });
    const [terms, privacy] = await Promise.all([currentLegalVersion(db, "TERMS"), currentLegalVersion(db, "PRIVACY")]);
    if (!terms || !privacy) throw new Error("the seed publishes terms and a privacy notice");
    const order = await db.order.findUniqueOrThrow({ where: { id: orderId } });
    const html = renderToStaticMarkup(await OrderConsentPanel({ orderId }));
    expect(html).toContain(`href="/terms/versions/${terms.version}"`);
    expect(html).toContain(`href="/privacy/versions/${privacy.version}"`);
    expect(html).toContain(`dateTime="${order.termsAcceptedAt?.toISOString()}"`);
    // The company name is text: markup typed at checkout is escaped, never rendered.
    expect(html).toContain("Kovárna &lt;b&gt;Hrubá&lt;/b&gt; s.r.o.");
    expect(html).toContain("VAT ID CZ27082440");
    expect(html).toContain("Registration number 27082440");
    expect(html).toContain("Náměstí 1");
  });

  it("says when an order has no acceptance on record (orders placed before consent was recorded)", async () => {
    const orderId = await orderBy(customer);
    await db.order.update({
      where: { id: orderId },
      data: { termsVersionId: null, privacyVersionId: null, termsAcceptedAt: null },
    });
    const html = renderToStaticMarkup(await OrderConsentPanel({ orderId }));
    expect(html).toContain("No acceptance on record");
    expect(html).not.toContain("/terms/versions/");
    expect(html).not.toContain("<h3>Company</h3>");
  });

  it("places the panel on the page for staff only", async () => {
    const orderId = await orderBy(customer);
    const params = Promise.resolve({ id: orderId });
    session.user = staff;
    const tree = await AdminOrderPage({ params, searchParams: Promise.resolve({}) });
    expect(findElement(tree, OrderConsentPanel)?.props).toEqual({ orderId });
    // A customer gets "not found" and a visitor the sign-in page (Next.js throws both as errors to unwind).
    session.user = customer;
    await expect(AdminOrderPage({ params, searchParams: Promise.resolve({}) })).rejects.toThrow(/NOT_FOUND|404/);
    session.user = null;
    await expect(AdminOrderPage({ params, searchParams: Promise.resolve({}) })).rejects.toThrow(/REDIRECT/);
  });
});

describe("the personal-data export", () => {
  it("lists the customer's orders with the versions accepted and when, and no one else's", async () => {
    const mine = await orderBy(customer, { company: { name: "Consent Co" } });
    const theirs = await orderBy(other);
    const [order, terms, privacy] = await Promise.all([
      db.order.findUniqueOrThrow({ where: { id: mine } }),
      currentLegalVersion(db, "TERMS"),
      currentLegalVersion(db, "PRIVACY"),
    ]);
    session.user = customer;
    const response = await call(exportRoute, "/api/account/export");
    expect(response.status).toBe(200);
    expect(response.headers.get("content-disposition")).toMatch(/^attachment;/);
    const exported = response.body as { orders: { number: string; consent: unknown; buyerCompany: unknown }[] };
    const entry = exported.orders.find((o) => o.number === order.number);
    expect(entry).toMatchObject({
      buyerCompany: { name: "Consent Co" },
      consent: {
        acceptedAt: order.termsAcceptedAt?.toISOString(),
        terms: { version: terms?.version, title: terms?.title, url: `/terms/versions/${terms?.version}` },
        privacy: { version: privacy?.version, title: privacy?.title, url: `/privacy/versions/${privacy?.version}` },
      },
    });
    const otherNumber = (await db.order.findUniqueOrThrow({ where: { id: theirs } })).number;
    expect(exported.orders.map((o) => o.number)).not.toContain(otherNumber);
  });

  it("exports a null consent for an order without one", async () => {
    const orderId = await orderBy(other);
    await db.order.update({
      where: { id: orderId },
      data: { termsVersionId: null, privacyVersionId: null, termsAcceptedAt: null },
    });
    session.user = other;
    const response = await call(exportRoute, "/api/account/export");
    const { number } = await db.order.findUniqueOrThrow({ where: { id: orderId } });
    const exported = response.body as { orders: { number: string; consent: unknown }[] };
    expect(exported.orders.find((o) => o.number === number)?.consent).toBeNull();
  });

  it("refuses a visitor who is not signed in", async () => {
    session.user = null;
    const response = await call(exportRoute, "/api/account/export");
    expect(response.status).toBe(401);
    expect(errorOf(response.body).code).toBe("unauthenticated");
  });
});
