import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { inject } from "vitest";
import { renderToStaticMarkup } from "react-dom/server";
import { createDb } from "@/lib/db/client";
import { GET as downloadAttachment } from "@/app/admin/mailbox/[id]/attachments/[attachmentId]/route";
import MailboxMessagePage from "@/app/admin/mailbox/[id]/page";
import MailboxPage from "@/app/admin/mailbox/page";
import type { CurrentUser } from "@/lib/accounts/types";
import { call, errorOf } from "../support/route";

// The real guards run; only who is logged in is chosen by each test.
const session = vi.hoisted(() => ({ user: null as CurrentUser | null }));
vi.mock("@/lib/auth/current-user", () => ({ getCurrentUser: () => Promise.resolve(session.user) }));

const customer: CurrentUser = { id: randomUUID(), email: "c@example.com", name: "C", role: "CUSTOMER" };
const staffUser: CurrentUser = { id: randomUUID(), email: "s@example.com", name: "S", role: "STAFF" };

const db = createDb(inject("databaseUrl"), 2);
let messageId = "";
let attachmentId = "";
const pdfBytes = Buffer.from("%PDF-1.4 test bytes");

beforeAll(async () => {
  const message = await db.devMailboxMessage.create({
    data: {
      messageId: "<m@example.com>",
      sender: "Shop <shop@example.com>",
      recipient: "jana@example.cz",
      subject: "Order confirmed",
      html: "<p>Hi</p>",
      text: "Hi",
      raw: new Uint8Array(Buffer.from("raw")),
      attachments: {
        create: { filename: "faktura-2026-000001 Žluťoučký.pdf", contentType: "application/pdf", content: pdfBytes },
      },
    },
    include: { attachments: true },
  });
  messageId = message.id;
  attachmentId = message.attachments[0]?.id ?? "";
});
afterAll(() => db.$disconnect());

const path = (id: string, attachment: string) => `/admin/mailbox/${id}/attachments/${attachment}`;

describe("GET /admin/mailbox/[id]/attachments/[attachmentId]", () => {
  it.each([
    ["anonymous, existing attachment", null, () => [messageId, attachmentId], 401, "unauthenticated"],
    ["anonymous, unknown attachment", null, () => [randomUUID(), randomUUID()], 401, "unauthenticated"],
    ["customer, existing attachment", customer, () => [messageId, attachmentId], 403, "forbidden"],
    // Who is asking is settled before the address is read: a stranger learns nothing from validation.
    ["anonymous, malformed ids", null, () => ["../../etc/passwd", "1 OR 1=1"], 401, "unauthenticated"],
    ["staff, attachment of another message", staffUser, () => [randomUUID(), attachmentId], 404, "not_found"],
    ["staff, malformed ids", staffUser, () => ["x", "y"], 400, "invalid_input"],
  ])("%s → %i %s", async (_, user, ids, status, code) => {
    session.user = user;
    const [id = "", attachment = ""] = ids();
    const response = await call(downloadAttachment, path(id, attachment), { params: { id, attachmentId: attachment } });
    expect(response.status).toBe(status);
    expect(errorOf(response.body).code).toBe(code);
    expect(response.text).not.toContain("PDF-1.4");
  });

  it("gives staff the bytes as a download with a safe filename", async () => {
    session.user = staffUser;
    const response = await downloadAttachment(new Request(`http://localhost:3000${path(messageId, attachmentId)}`), {
      params: Promise.resolve({ id: messageId, attachmentId }),
    });
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("application/pdf");
    expect(response.headers.get("content-disposition")).toBe(
      `attachment; filename="faktura-2026-000001 Zlutoucky.pdf"; filename*=UTF-8''${encodeURIComponent("faktura-2026-000001 Žluťoučký.pdf")}`,
    );
    expect(Buffer.from(await response.arrayBuffer()).equals(pdfBytes)).toBe(true);
  });
});

describe("mailbox pages", () => {
  it.each([
    ["list", () => MailboxPage()],
    ["message", () => MailboxMessagePage({ params: Promise.resolve({ id: messageId }) })],
  ])("the %s page sends a visitor who is not staff to sign in", async (_, render) => {
    session.user = null;
    const error: unknown = await render().then(
      () => null,
      (thrown: unknown) => thrown,
    );
    expect((error as { digest?: string } | null)?.digest).toMatch(/^NEXT_REDIRECT;.*\/login\?next=%2Fadmin%2Fmailbox/);
  });

  it("shows a logged-in customer the not-found page", async () => {
    session.user = customer;
    const error: unknown = await MailboxPage().then(
      () => null,
      (thrown: unknown) => thrown,
    );
    expect((error as { digest?: string } | null)?.digest).toBe("NEXT_HTTP_ERROR_FALLBACK;404");
  });

  it("shows staff the message", async () => {
    session.user = staffUser;
    const page = await MailboxMessagePage({ params: Promise.resolve({ id: messageId }) });
    const html = renderToStaticMarkup(page);
    expect(html).toContain('<h1 class="wrap-anywhere">Order confirmed</h1>');
    expect(html).toContain(`href="/admin/mailbox/${messageId}/attachments/${attachmentId}"`);
    // The message's own HTML is shown only inside an empty sandbox.
    expect(html).toMatch(/<iframe[^>]*sandbox=""[^>]*srcDoc="&lt;p&gt;Hi&lt;\/p&gt;"/i);
  });
});
