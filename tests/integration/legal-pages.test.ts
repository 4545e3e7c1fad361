import { afterAll, beforeAll, describe, expect, inject, it, vi } from "vitest";
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import type { CurrentUser } from "@/lib/accounts/types";
import { createDb } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import type { LegalDocumentKind } from "@/lib/generated/prisma/client";
import { legalDocuments } from "@/lib/legal/documents";
import { currentLegalVersion } from "@/lib/legal/get-legal-document";
import { publishLegalDocument } from "@/lib/legal/publish-legal-document";
import { LegalMarkdown } from "@/lib/legal/render-markdown";
import { safeLinkUrl } from "@/lib/legal/safe-url";
import { publishLegalDocumentAction } from "@/app/admin/legal/actions";
import { legalPage, legalVersionPage } from "@/app/_components/legal-document-page";
import { actorOf, auditRowsFor, createAccount, submit } from "../support/admin-people";

// The legal pages: seeded templates, staff publishing versions (audited, never changing an earlier one), the public
// pages at their addresses, and Markdown that cannot run anything. Only IMPRINT and SHIPPING_PAYMENT are edited
// here, so checkout tests running alongside see the terms and privacy notice they expect.
const session = vi.hoisted(() => ({ user: null as CurrentUser | null }));
vi.mock("@/lib/auth/current-user", () => ({ getCurrentUser: () => Promise.resolve(session.user) }));
vi.mock("next/cache", () => ({ revalidatePath: () => undefined }));

const db = createDb(inject("databaseUrl"), 4);
let staff: CurrentUser;
let customer: CurrentUser;
beforeAll(async () => {
  staff = await createAccount(db, { role: "STAFF" });
  customer = await createAccount(db, { role: "CUSTOMER" });
});
afterAll(() => db.$disconnect());

const versionsOf = (kind: LegalDocumentKind) => db.legalDocumentVersion.count({ where: { kind } });
const searchParams = Promise.resolve({});
const html = async (kind: LegalDocumentKind, version?: number) =>
  renderToStaticMarkup(
    version === undefined
      ? await legalPage(kind)({ searchParams })
      : await legalVersionPage(kind)({ params: Promise.resolve({ version: String(version) }), searchParams }),
  );
const digestOf = async (run: () => Promise<unknown>) => {
  try {
    await run();
    return "rendered";
  } catch (error) {
    return String((error as { digest?: unknown }).digest);
  }
};

describe("seeded templates", () => {
  it.each(legalDocuments.map((d) => [d.kind, d.path]))("%s at %s is version 1, marked as a template", async (kind) => {
    const current = await currentLegalVersion(db, kind);
    const first = await db.legalDocumentVersion.findUniqueOrThrow({
      where: { kind_version: { kind, version: 1 } },
    });
    expect(current?.version).toBeGreaterThanOrEqual(1);
    expect(first.body).toMatch(/^> \*\*Template\.\*\*/);
    expect(first.publishedBy).toBeNull();
    expect(await html(kind, 1)).toContain("<strong>Template.</strong>");
  });
});

describe("publishing a version", () => {
  it("keeps the earlier version readable at its address, audited, and shows the new one at the page's address", async () => {
    session.user = staff;
    const before = await currentLegalVersion(db, "IMPRINT");
    if (!before) throw new Error("no imprint seeded");
    const state = await submit(publishLegalDocumentAction, {
      kind: "IMPRINT",
      baseVersion: String(before.version),
      title: "Imprint",
      body: "## Operator\n\nNorthwind Goods Ltd., 1 Market Street, Dublin\n\nWrite to [us](mailto:shop@example.com).",
    });
    expect(state).toEqual({ thrown: expect.stringContaining("NEXT_REDIRECT") as string });
    const after = await currentLegalVersion(db, "IMPRINT");
    expect(after).toMatchObject({ version: before.version + 1, title: "Imprint" });
    expect(after?.body).toContain("Northwind Goods Ltd.");

    const current = await html("IMPRINT");
    expect(current).toContain("Northwind Goods Ltd.");
    expect(current).toContain(`Version ${before.version + 1}, published`);
    expect(current).toContain("<h2>Operator</h2>");
    expect(current).toContain('href="mailto:shop@example.com"');
    expect(current).toContain(`href="/imprint/versions/${before.version}"`);

    const old = await html("IMPRINT", before.version);
    expect(old).toContain(before.body.includes("Template") ? "<strong>Template.</strong>" : before.title);
    expect(old).toContain("This version is no longer in force.");
    expect(old).not.toContain("Northwind Goods Ltd., 1 Market Street");

    const [audit] = await auditRowsFor(db, after?.id ?? "");
    expect(audit).toMatchObject({ action: "legal_document.publish", actorId: staff.id, entityType: "legal_document" });
    expect(audit?.before).toMatchObject({ version: before.version, body: before.body });
    expect(audit?.after).toMatchObject({ version: before.version + 1, body: after?.body });
  });

  it("answers 404 for a version that does not exist or is not written as a plain number", async () => {
    for (const version of ["999", "0", "01", "1e0", "-1", "x"]) {
      const digest = await digestOf(async () =>
        legalVersionPage("IMPRINT")({ params: Promise.resolve({ version }), searchParams }),
      );
      expect(digest, version).toBe("NEXT_HTTP_ERROR_FALLBACK;404");
    }
  });

  it("never changes or deletes a published version", async () => {
    await expect(
      db.$executeRaw`UPDATE legal_document_versions SET body = 'changed' WHERE kind = 'IMPRINT'`,
    ).rejects.toThrow(/cannot be changed or deleted/);
    await expect(db.$executeRaw`DELETE FROM legal_document_versions WHERE kind = 'IMPRINT'`).rejects.toThrow(
      /cannot be changed or deleted/,
    );
  });

  it.each([
    ["not signed in", null, "unauthenticated"],
    ["a customer", "customer", "forbidden"],
  ] as const)("refuses %s before reading the form", async (_, who, code) => {
    session.user = who === "customer" ? customer : null;
    const count = await versionsOf("SHIPPING_PAYMENT");
    const state = await submit(publishLegalDocumentAction, {
      kind: "SHIPPING_PAYMENT",
      baseVersion: "1",
      title: "Hacked",
      body: "hacked",
    });
    expect(state).toEqual({ thrown: code });
    expect(await versionsOf("SHIPPING_PAYMENT")).toBe(count);
  });

  it("refuses a read-only API token in the domain function itself", async () => {
    const count = await versionsOf("SHIPPING_PAYMENT");
    const current = await currentLegalVersion(db, "SHIPPING_PAYMENT");
    await expect(
      publishLegalDocument(db, actorOf(staff, { scope: "READ", via: "token:x" }), {
        kind: "SHIPPING_PAYMENT",
        baseVersion: current?.version ?? 0,
        title: "Shipping",
        body: "text",
      }),
    ).rejects.toMatchObject({ code: "forbidden" });
    expect(await versionsOf("SHIPPING_PAYMENT")).toBe(count);
  });

  it.each([
    ["an empty title", { title: "  " }, "title", "Enter a title."],
    ["a title of two lines", { title: "One\nTwo" }, "title", "A title is one line."],
    ["an empty text", { body: " \n " }, "body", "Write the text."],
    ["a control character", { body: "Hello\u0000" }, "body", "This field contains characters that are not allowed."],
    ["a text too long", { body: "x".repeat(100_001) }, "body", "The text has at most 100,000 characters."],
    ["an unknown page", { kind: "COOKIES" }, "kind", "Choose one of the legal pages."],
    ["no base version", { baseVersion: "abc" }, "baseVersion", "Reload the page."],
  ])("refuses %s with a field error and stores nothing", async (_, override, field, message) => {
    session.user = staff;
    const count = await db.legalDocumentVersion.count();
    const current = await currentLegalVersion(db, "SHIPPING_PAYMENT");
    const state = await submit(publishLegalDocumentAction, {
      kind: "SHIPPING_PAYMENT",
      baseVersion: String(current?.version ?? 0),
      title: "Shipping and payment",
      body: "New text",
      ...override,
    });
    expect(state).toMatchObject({ status: "error", fields: { [field]: message } });
    expect(await db.legalDocumentVersion.count()).toBe(count);
  });

  it("refuses the text in force unchanged, and an edit started from an older version", async () => {
    session.user = staff;
    const current = await currentLegalVersion(db, "SHIPPING_PAYMENT");
    if (!current) throw new Error("no shipping page seeded");
    const same = await submit(publishLegalDocumentAction, {
      kind: "SHIPPING_PAYMENT",
      baseVersion: String(current.version),
      title: current.title,
      body: `${current.body}\r\n`,
    });
    expect(same).toMatchObject({
      status: "error",
      fields: { body: expect.stringContaining("already in force") as string },
    });
    const stale = await submit(publishLegalDocumentAction, {
      kind: "SHIPPING_PAYMENT",
      baseVersion: String(current.version - 1),
      title: current.title,
      body: "An edit of an older version",
    });
    expect(stale).toMatchObject({ status: "error", message: expect.stringContaining("published meanwhile") as string });
    expect((await currentLegalVersion(db, "SHIPPING_PAYMENT"))?.version).toBe(current.version);
  });

  it("publishes one version when five staff publish from the same version at once", async () => {
    const current = await currentLegalVersion(db, "SHIPPING_PAYMENT");
    const base = current?.version ?? 0;
    const results = await Promise.allSettled(
      [1, 2, 3, 4, 5].map((n) =>
        publishLegalDocument(db, actorOf(staff), {
          kind: "SHIPPING_PAYMENT",
          baseVersion: base,
          title: "Shipping and payment",
          body: `Edit number ${n}`,
        }),
      ),
    );
    const won = results.filter((r) => r.status === "fulfilled");
    const lost = results.flatMap((r) => (r.status === "rejected" ? [r.reason as unknown] : []));
    expect(won).toHaveLength(1);
    expect(lost.every((e) => e instanceof AppError && e.code === "conflict")).toBe(true);
    expect(await db.legalDocumentVersion.count({ where: { kind: "SHIPPING_PAYMENT", version: { gt: base } } })).toBe(1);
  });
});

describe("Markdown is rendered inert", () => {
  const render = (text: string) => renderToStaticMarkup(createElement(LegalMarkdown, { text }));

  it("shows raw HTML as text: no script, no event handler, no iframe, no style", () => {
    const out = render(
      [
        "# Terms",
        "<script>alert(1)</script>",
        '<img src="x" onerror="alert(2)">',
        '<a href="javascript:alert(3)">click</a>',
        "<iframe src=https://evil.example></iframe>",
        '<div style="position:fixed">x</div>',
        "Text with <b onclick=alert(4)>inline</b> HTML.",
        "<svg><script>alert(5)</script></svg>",
      ].join("\n\n"),
    );
    expect(out).toContain("<h2>Terms</h2>");
    expect(out).not.toMatch(/<script|<img|<iframe|<svg|<div|<b[ >]/i);
    expect(out).not.toMatch(/<[a-z][^>]*\son\w+=/i);
    expect(out).not.toMatch(/href="javascript:/i);
    expect(out).toContain("&lt;script&gt;alert(1)&lt;/script&gt;");
  });

  it.each([
    "javascript:alert(1)",
    "JAVASCRIPT:alert(1)",
    " javascript:alert(1)",
    "java\tscript:alert(1)",
    "java&#x73;cript:alert(1)",
    "&#106;avascript:alert(1)",
    "vbscript:msgbox(1)",
    "data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==",
    "file:///etc/passwd",
    "//evil.example/path",
  ])("drops the link address %j", (url) => {
    for (const text of [`[click](${url})`, `[click][ref]\n\n[ref]: ${url}`, `<${url}>`]) {
      const out = render(text);
      // The link keeps its text and loses its address: no href at all.
      expect(out, text).not.toContain("href=");
      expect(out, text).not.toMatch(/<a [^>]/);
    }
  });

  it("keeps http, https, mailto and this shop's own addresses; drops images", () => {
    const out = render(
      "[a](https://example.com/x) [b](http://example.com) [c](mailto:shop@example.com) [d](/privacy) [e](#withdrawal) " +
        "https://autolink.example\n\n![tracker](https://evil.example/pixel.gif)",
    );
    expect(out).toContain('href="https://example.com/x"');
    expect(out).toContain('href="http://example.com/"');
    expect(out).toContain('href="mailto:shop@example.com"');
    expect(out).toContain('href="/privacy"');
    expect(out).toContain('href="#withdrawal"');
    expect(out).toContain('href="https://autolink.example/"');
    expect(out).not.toContain("pixel.gif");
    expect(out).not.toContain("<img");
  });

  it.each([
    ["https://example.com", "https://example.com/"],
    ["mailto:a@example.com", "mailto:a@example.com"],
    ["/terms", "/terms"],
    ["javascript:alert(1)", null],
    ["//evil.example", null],
    ["ftp://example.com", null],
    ["not a url", null],
  ])("safeLinkUrl(%j) is %j", (url, expected) => {
    expect(safeLinkUrl(url)).toBe(expected);
  });
});
