import { renderToStaticMarkup } from "react-dom/server";
import { afterAll, afterEach, beforeAll, describe, expect, inject, it, vi } from "vitest";
import type { CurrentUser } from "@/lib/accounts/types";
import { createDb } from "@/lib/db/client";
import {
  createWebhookAction,
  deleteWebhookAction,
  rotateWebhookSecretAction,
  sendTestWebhookAction,
  setWebhookActiveAction,
  updateWebhookAction,
} from "@/app/admin/webhooks/actions";
import WebhookPage from "@/app/admin/webhooks/[id]/page";
import WebhooksPage from "@/app/admin/webhooks/page";
import { createAccount, form, refusalOf } from "../support/admin-people";
import { idleForm } from "@/lib/http/form-state";

// The admin pages' server actions: administrators only, the API's own rules for every field, the secret shown once.

const session = vi.hoisted(() => ({ user: null as CurrentUser | null }));
vi.mock("@/lib/auth/current-user", () => ({ getCurrentUser: () => Promise.resolve(session.user) }));
// Cache invalidation needs a Next.js request around it; outside one it only refreshes nothing.
vi.mock("next/cache", () => ({ revalidatePath: () => undefined }));

const db = createDb(inject("databaseUrl"), 4);
let admin: CurrentUser;
let staff: CurrentUser;
beforeAll(async () => {
  admin = await createAccount(db, { role: "ADMIN" });
  staff = await createAccount(db, { role: "STAFF" });
});
afterEach(async () => {
  session.user = null;
  await db.webhookEndpoint.deleteMany();
});
afterAll(() => db.$disconnect());

const fields = { url: "https://93.184.216.34/hooks", description: "Warehouse", "event:order.paid": "on" };

async function run(action: typeof createWebhookAction, values: Record<string, string>) {
  try {
    return await action(idleForm, form(values));
  } catch (error) {
    return { status: "thrown" as const, message: refusalOf(error) };
  }
}

describe("webhook admin actions", () => {
  it.each([
    ["nobody", () => null, "unauthenticated"],
    ["staff who are not administrators", () => staff, "forbidden"],
  ])("%s are refused before the form is read", async (_who, user, code) => {
    session.user = user();
    expect(await run(createWebhookAction, fields)).toEqual({ status: "thrown", message: code });
    expect(await db.webhookEndpoint.count()).toBe(0);
  });

  it.each([
    ["no URL", { ...fields, url: "" }, "url"],
    ["http", { ...fields, url: "http://93.184.216.34/" }, "url"],
    ["a metadata address", { ...fields, url: "https://169.254.169.254/" }, "url"],
    ["a loopback name", { ...fields, url: "https://localhost/" }, "url"],
    ["no event", { url: fields.url }, "events"],
    ["an unknown event", { ...fields, "event:order.lost": "on" }, "events.1"],
    ["a NUL in the description", { ...fields, description: "a\u0000b" }, "description"],
  ])("refuse %s with a message on the field", async (_case, values, field) => {
    session.user = admin;
    const state = await run(createWebhookAction, values);
    expect(state.status).toBe("error");
    expect(Object.keys("fields" in state ? (state.fields ?? {}) : {})).toContain(field);
    expect(await db.webhookEndpoint.count()).toBe(0);
  });

  it("register, show the secret once, change, test, rotate, turn off and delete", async () => {
    session.user = admin;
    const created = await run(createWebhookAction, fields);
    expect(created, JSON.stringify(created)).toMatchObject({
      status: "success",
      secret: expect.stringMatching(/^whsec_/) as string,
    });
    const secret = "secret" in created ? String(created.secret) : "";
    const endpoint = await db.webhookEndpoint.findFirstOrThrow();
    expect(endpoint).toMatchObject({ url: fields.url, events: ["order.paid"], description: "Warehouse" });

    const listHtml = renderToStaticMarkup(await WebhooksPage({ searchParams: Promise.resolve({}) }));
    expect(listHtml).toContain(fields.url);
    expect(listHtml).not.toContain(secret.slice(6));

    const id = endpoint.id;
    const updated = await run(updateWebhookAction, {
      ...fields,
      id,
      "event:stock.low": "on",
      description: "Warehouse 2",
    });
    expect(updated.status).toBe("success");
    expect(await db.webhookEndpoint.findUniqueOrThrow({ where: { id } })).toMatchObject({
      events: ["order.paid", "stock.low"],
      description: "Warehouse 2",
    });

    expect((await run(sendTestWebhookAction, { id })).status).toBe("success");
    const rotated = await run(rotateWebhookSecretAction, { id, graceHours: "" });
    expect(rotated).toMatchObject({ status: "success", secret: expect.stringMatching(/^whsec_/) as string });
    expect((await run(rotateWebhookSecretAction, { id, graceHours: "500" })).status).toBe("error");

    const detailHtml = renderToStaticMarkup(await WebhookPage({ params: Promise.resolve({ id }) }));
    expect(detailHtml).toContain("webhook.test");
    expect(detailHtml).toContain("Delivery log");
    expect(detailHtml).toContain("The previous secret also signs until");
    expect(detailHtml).not.toContain(secret.slice(6));

    expect((await run(setWebhookActiveAction, { id, active: "off" })).status).toBe("success");
    expect((await db.webhookEndpoint.findUniqueOrThrow({ where: { id } })).active).toBe(false);
    expect((await run(sendTestWebhookAction, { id })).status).toBe("error");

    const deleted = await run(deleteWebhookAction, { id });
    expect(deleted).toEqual({ status: "thrown", message: expect.stringContaining("NEXT_REDIRECT") as string });
    expect(await db.webhookEndpoint.count()).toBe(0);
    const actions = await db.auditLog.findMany({ where: { entityId: id }, select: { action: true } });
    expect(actions.map((a) => a.action).sort()).toEqual(
      [
        "webhook.create",
        "webhook.delete",
        "webhook.rotate_secret",
        "webhook.test",
        "webhook.update",
        "webhook.update",
      ].sort(),
    );
  });
});
