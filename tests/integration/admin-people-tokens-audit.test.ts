import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, inject, it, vi } from "vitest";
import { renderToStaticMarkup } from "react-dom/server";
import type { CurrentUser } from "@/lib/accounts/types";
import { createApiToken } from "@/lib/api-tokens/create-api-token";
import { listApiTokens } from "@/lib/api-tokens/list-api-tokens";
import { revokeApiToken } from "@/lib/api-tokens/revoke-api-token";
import { auditChanges, auditUnchanged } from "@/lib/audit/audit-diff";
import { listAuditLog } from "@/lib/audit/list-audit-log";
import { recordAudit } from "@/lib/audit/record-audit";
import { auditQuerySchema } from "@/lib/audit/schemas";
import { createDb } from "@/lib/db/client";
import { GET as auditRoute } from "@/app/api/admin/audit/route";
import { GET as whoami } from "@/app/api/admin/whoami/route";
import AuditPage from "@/app/admin/audit/page";
import TokensPage from "@/app/admin/tokens/page";
import { createTokenAction, revokeTokenAction } from "@/app/admin/tokens/actions";
import { actorOf, createAccount, submit } from "../support/admin-people";
import { call, errorOf } from "../support/route";

// Personal API tokens as staff manage them, and the audit log as staff browse it.
const session = vi.hoisted(() => ({ user: null as CurrentUser | null }));
vi.mock("@/lib/auth/current-user", () => ({ getCurrentUser: () => Promise.resolve(session.user) }));

const db = createDb(inject("databaseUrl"), 4);
let staff: CurrentUser;
let otherStaff: CurrentUser;
let admin: CurrentUser;
let customer: CurrentUser;
beforeAll(async () => {
  staff = await createAccount(db, { role: "STAFF" });
  otherStaff = await createAccount(db, { role: "STAFF" });
  admin = await createAccount(db, { role: "ADMIN" });
  customer = await createAccount(db, { role: "CUSTOMER" });
});
afterAll(() => db.$disconnect());

const bearer = (secret: string) => ({ headers: { authorization: `Bearer ${secret}` } });

describe("API tokens", () => {
  it("a created token works against whoami until it is revoked, then gets 401", async () => {
    const { id, secret } = await createApiToken(db, actorOf(staff), { name: "Sync", scope: "READ" });
    const ok = await call(whoami, "/api/admin/whoami", bearer(secret));
    expect(ok.status).toBe(200);
    expect(ok.body).toEqual({
      user: { id: staff.id, email: staff.email, role: "STAFF" },
      via: "token",
      scope: "READ",
    });
    await revokeApiToken(db, actorOf(staff), id);
    const refused = await call(whoami, "/api/admin/whoami", bearer(secret));
    expect(refused.status).toBe(401);
    expect(errorOf(refused.body).code).toBe("unauthenticated");
    const revoked = await db.auditLog.findFirstOrThrow({ where: { entityId: id, action: "api_token.revoke" } });
    expect(revoked.before).toMatchObject({ revokedAt: null });
    expect(revoked.after).toMatchObject({ revokedAt: expect.any(String) as string });
  });

  it("lists staff their own tokens and administrators everyone's, without hashes", async () => {
    const mine = await createApiToken(db, actorOf(staff), { name: "Mine", scope: "WRITE", expiresInDays: 30 });
    const theirs = await createApiToken(db, actorOf(otherStaff), { name: "Theirs", scope: "READ" });
    const forStaff = await listApiTokens(db, actorOf(staff));
    expect(forStaff.map((t) => t.id)).toContain(mine.id);
    expect(forStaff.map((t) => t.id)).not.toContain(theirs.id);
    expect(forStaff.every((t) => t.owner.id === staff.id)).toBe(true);
    const forAdmin = await listApiTokens(db, actorOf(admin));
    expect(forAdmin.map((t) => t.id)).toEqual(expect.arrayContaining([mine.id, theirs.id]));
    const listed = forStaff.find((t) => t.id === mine.id);
    expect(listed).toMatchObject({ name: "Mine", scope: "WRITE", prefix: mine.secret.slice(0, 11) });
    expect(listed?.expiresAt).toBeInstanceOf(Date);
    expect(JSON.stringify(forAdmin)).not.toContain("tokenHash");
    expect(JSON.stringify(forAdmin)).not.toContain(mine.secret);
  });

  it("staff cannot revoke someone else's token; administrators can", async () => {
    const theirs = await createApiToken(db, actorOf(otherStaff), { name: "Theirs", scope: "READ" });
    await expect(revokeApiToken(db, actorOf(staff), theirs.id)).rejects.toMatchObject({ code: "not_found" });
    expect((await call(whoami, "/api/admin/whoami", bearer(theirs.secret))).status).toBe(200);
    await revokeApiToken(db, actorOf(admin), theirs.id);
    expect((await call(whoami, "/api/admin/whoami", bearer(theirs.secret))).status).toBe(401);
  });

  it("a disabled owner's token stops working", async () => {
    const owner = await createAccount(db, { role: "STAFF" });
    const { secret } = await createApiToken(db, actorOf(owner), { name: "Owner", scope: "READ" });
    await db.user.update({ where: { id: owner.id }, data: { disabledAt: new Date() } });
    expect((await call(whoami, "/api/admin/whoami", bearer(secret))).status).toBe(401);
  });

  it.each([
    ["anonymous", null, "unauthenticated"],
    ["customer", () => customer, "forbidden"],
  ])("the token actions refuse %s before reading the form", async (_, who, code) => {
    session.user = who ? who() : null;
    const before = await db.apiToken.count();
    expect(await submit(createTokenAction, { name: "X", scope: "WRITE" })).toEqual({ thrown: code });
    expect(await submit(revokeTokenAction, { id: randomUUID() })).toEqual({ thrown: code });
    expect(await db.apiToken.count()).toBe(before);
  });

  it.each([
    ["an empty name", { name: " ", scope: "READ" }, "name"],
    ["a huge name", { name: "n".repeat(100_000), scope: "READ" }, "name"],
    ["an unknown scope", { name: "X", scope: "ADMIN" }, "scope"],
    ["expiry of 0 days", { name: "X", scope: "READ", expiresInDays: "0" }, "expiresInDays"],
    ["negative expiry", { name: "X", scope: "READ", expiresInDays: "-1" }, "expiresInDays"],
    ["expiry in words", { name: "X", scope: "READ", expiresInDays: "soon" }, "expiresInDays"],
    ["expiry over ten years", { name: "X", scope: "READ", expiresInDays: "3651" }, "expiresInDays"],
  ])("creating a token with %s is a field error", async (_, values, field) => {
    session.user = staff;
    const before = await db.apiToken.count();
    const state = await submit(createTokenAction, values);
    expect(state).toMatchObject({ status: "error", fields: { [field]: expect.any(String) as string } });
    expect(state).not.toHaveProperty("created");
    expect(await db.apiToken.count()).toBe(before);
  });

  it.each([
    ["an unknown token", () => randomUUID(), "not found"],
    ["a malformed id", () => "abc", "correct"],
  ])("revoking %s is refused", async (_, id, message) => {
    session.user = staff;
    expect(await submit(revokeTokenAction, { id: id() })).toMatchObject({
      status: "error",
      message: expect.stringContaining(message) as string,
    });
  });

  it("the page lists the viewer's tokens by prefix only", async () => {
    const { secret } = await createApiToken(db, actorOf(staff), { name: "Listed <b>", scope: "READ" });
    session.user = staff;
    const html = renderToStaticMarkup(await TokensPage());
    expect(html).toContain(`${secret.slice(0, 11)}…`);
    expect(html).not.toContain(secret);
    expect(html).toContain("Listed &lt;b&gt;");
  });
});

describe("audit log", () => {
  it("turns before and after into the changed fields", () => {
    expect(auditChanges({ role: "STAFF", email: "a@b.c" }, { role: "ADMIN", email: "a@b.c" })).toEqual([
      { field: "role", before: '"STAFF"', after: '"ADMIN"' },
    ]);
    expect(auditChanges(null, { code: "X", value: 10 })).toEqual([
      { field: "code", after: '"X"' },
      { field: "value", after: "10" },
    ]);
    expect(auditChanges({ gone: true }, {})).toEqual([{ field: "gone", before: "true" }]);
    expect(auditChanges(1, 2)).toEqual([{ field: "value", before: "1", after: "2" }]);
    expect(auditChanges({ a: 1 }, { a: 1 })).toEqual([]);
    expect(auditUnchanged({ email: "a@b.c", role: "STAFF" }, { email: "a@b.c", role: "ADMIN" })).toEqual([
      { field: "email", value: '"a@b.c"' },
    ]);
    expect(auditUnchanged(null, { a: 1 })).toEqual([]);
  });

  it("filters by actor, action, entity and dates, newest first, and pages by cursor", async () => {
    const actor = actorOf(await createAccount(db, { role: "STAFF", email: `auditor-${randomUUID()}@example.com` }));
    const entityId = randomUUID();
    for (let i = 0; i < 5; i++) {
      await recordAudit(db, actor, {
        action: `widget.step${i}`,
        entityType: "widget",
        entityId,
        before: { n: i },
        after: { n: i + 1 },
      });
    }
    const all = await listAuditLog(db, auditQuerySchema.parse({ entityType: "widget", entityId }), "UTC");
    expect(all.rows.map((r) => r.action)).toEqual([4, 3, 2, 1, 0].map((i) => `widget.step${i}`));
    expect(all.next).toBeNull();

    const byActor = await listAuditLog(db, auditQuerySchema.parse({ actor: actor.email.toUpperCase() }), "UTC");
    expect(byActor.rows).toHaveLength(5);
    const byAction = await listAuditLog(db, auditQuerySchema.parse({ action: "widget.step3", entityId }), "UTC");
    expect(byAction.rows.map((r) => r.action)).toEqual(["widget.step3"]);
    const byPrefix = await listAuditLog(db, auditQuerySchema.parse({ action: "widget.", entityId }), "UTC");
    expect(byPrefix.rows).toHaveLength(5);

    const page1 = await listAuditLog(db, auditQuerySchema.parse({ entityId }), "UTC", 2);
    expect(page1.rows.map((r) => r.action)).toEqual(["widget.step4", "widget.step3"]);
    const page2 = await listAuditLog(db, auditQuerySchema.parse({ entityId, after: page1.next }), "UTC", 2);
    expect(page2.rows.map((r) => r.action)).toEqual(["widget.step2", "widget.step1"]);
    const page3 = await listAuditLog(db, auditQuerySchema.parse({ entityId, after: page2.next }), "UTC", 2);
    expect(page3.rows.map((r) => r.action)).toEqual(["widget.step0"]);
    expect(page3.next).toBeNull();

    const today = new Date().toISOString().slice(0, 10);
    const inRange = await listAuditLog(db, auditQuerySchema.parse({ entityId, from: today, to: today }), "UTC");
    expect(inRange.rows).toHaveLength(5);
    const before = await listAuditLog(db, auditQuerySchema.parse({ entityId, to: "2020-01-01" }), "UTC");
    expect(before.rows).toHaveLength(0);
    // A range that starts tomorrow holds nothing from today.
    const tomorrow = new Date(Date.now() + 86_400_000).toISOString().slice(0, 10);
    const later = await listAuditLog(db, auditQuerySchema.parse({ entityId, from: tomorrow }), "UTC");
    expect(later.rows).toHaveLength(0);
  });

  it.each([
    ["a date that does not exist", { from: "2026-02-30" }, "from"],
    ["a date in words", { to: "yesterday" }, "to"],
    ["an end before the start", { from: "2026-05-02", to: "2026-05-01" }, "to"],
    ["a forged cursor", { after: "bm90IGEgY3Vyc29y" }, "after"],
    ["a huge cursor", { after: "x".repeat(1000) }, "after"],
    ["a huge actor filter", { actor: "a".repeat(300) }, "actor"],
    ["a control character in the action", { action: "user.\u0000" }, "action"],
  ])("refuses %s", (_, input, field) => {
    const parsed = auditQuerySchema.safeParse(input);
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues.map((i) => i.path.join("."))).toContain(field);
  });

  it("the page shows who, what and the change, with JSON values escaped", async () => {
    const actor = actorOf(await createAccount(db, { role: "STAFF" }));
    const entityId = randomUUID();
    await recordAudit(db, actor, {
      action: "discount_code.update",
      entityType: "discount_code",
      entityId,
      before: { note: "<script>alert(1)</script>", active: true },
      after: { note: "safe", active: false },
    });
    session.user = staff;
    const html = renderToStaticMarkup(await AuditPage({ searchParams: Promise.resolve({ entityId }) }));
    expect(html).toContain(actor.email);
    expect(html).toContain("discount_code.update");
    expect(html).toContain(`href="/admin/discounts/${entityId}"`);
    expect(html).toContain("&quot;&lt;script&gt;alert(1)&lt;/script&gt;&quot;");
    expect(html).not.toContain("<script>alert(1)");
    expect(html).toMatch(/active<\/span> <code class="audit-before">true<\/code>/);
    const invalid = renderToStaticMarkup(await AuditPage({ searchParams: Promise.resolve({ from: "2026-13-01" }) }));
    expect(invalid).toContain('aria-invalid="true"');
  });

  it.each([
    ["anonymous", null, "/api/admin/audit", 401, "unauthenticated"],
    ["customer", () => customer, "/api/admin/audit", 403, "forbidden"],
    ["bad date", () => staff, "/api/admin/audit?from=2026-99-01", 400, "invalid_input"],
    ["forged cursor", () => staff, "/api/admin/audit?after=%27%20OR%201%3D1", 400, "invalid_input"],
  ])("GET /api/admin/audit: %s → %i %s", async (_, who, path, status, code) => {
    session.user = who ? who() : null;
    const response = await call(auditRoute, path);
    expect(response.status).toBe(status);
    expect(errorOf(response.body).code).toBe(code);
  });

  it("GET /api/admin/audit answers a read token with rows and a cursor", async () => {
    const { secret } = await createApiToken(db, actorOf(admin), { name: "Auditor", scope: "READ" });
    const response = await call(auditRoute, "/api/admin/audit?entityType=api_token", bearer(secret));
    expect(response.status).toBe(200);
    const body = response.body as { rows: { action: string }[]; next: string | null };
    expect(body.rows.length).toBeGreaterThan(0);
    expect(body.rows.every((r) => r.action.startsWith("api_token."))).toBe(true);
  });
});
