import { describe, expect, it } from "vitest";
import { contactReplyEmail, contactReplySubject } from "@/emails/contact-reply";
import { dateToWallTime, wallTimeToDate } from "@/lib/admin/zoned-time";
import { percentToBasisPoints } from "@/lib/discounts/admin-schemas";
import { emailPayloadSchemas } from "@/lib/mail/messages";
import type { ShopIdentity } from "@/lib/shop/shop-identity";

const shop: ShopIdentity = {
  name: "Obchůdek",
  legalName: "Obchůdek s.r.o.",
  addressLines: ["Dlouhá 5", "110 00 Praha 1"],
  email: "obchod@example.cz",
  logoUrl: null,
  baseUrl: "https://shop.example.cz",
  vatId: null,
  companyId: null,
  locale: "en-IE",
};
const evil = `<img src=x onerror="alert(1)">`;

describe("wallTimeToDate", () => {
  it.each([
    ["2026-07-01T12:00", "UTC", "2026-07-01T12:00:00.000Z"],
    ["2026-07-01T12:00", "Europe/Prague", "2026-07-01T10:00:00.000Z"], // summer time, +2
    ["2026-01-15T12:00", "Europe/Prague", "2026-01-15T11:00:00.000Z"], // winter time, +1
    ["2026-01-15T12:00", "America/New_York", "2026-01-15T17:00:00.000Z"],
    ["2026-03-29T03:30", "Europe/Prague", "2026-03-29T01:30:00.000Z"], // just after the spring jump
    ["2026-05-01", "Asia/Tokyo", "2026-04-30T15:00:00.000Z"], // a day means its midnight
    ["2024-02-29T00:00:30", "UTC", "2024-02-29T00:00:30.000Z"],
  ])("%s in %s is %s", (wall, zone, iso) => {
    expect(wallTimeToDate(wall, zone)?.toISOString()).toBe(iso);
  });

  it.each(["", "tomorrow", "2026-02-30T10:00", "2025-02-29", "2026-01-01T24:00", "2026-01-01T10:60", "2026-1-1"])(
    "rejects %j",
    (wall) => {
      expect(wallTimeToDate(wall, "UTC")).toBeNull();
    },
  );

  it("round-trips through the value a datetime-local input shows", () => {
    const instant = new Date("2026-10-25T09:45:00Z");
    for (const zone of ["UTC", "Europe/Prague", "America/Los_Angeles", "Asia/Kolkata"]) {
      expect(wallTimeToDate(dateToWallTime(instant, zone), zone)?.toISOString()).toBe(instant.toISOString());
    }
  });
});

describe("percentToBasisPoints", () => {
  it.each([
    ["10", 1000],
    ["12.5", 1250],
    ["0.01", 1],
    ["100", 10_000],
    ["  7.25 ", 725],
    ["1,5", 150],
  ])("%j → %i", (text, bps) => {
    expect(percentToBasisPoints(text)).toBe(bps);
  });
  it.each(["", "1.234", "-5", "ten", "1e2", "1,5,0", "1000"])("%j is not a percentage", (text) => {
    expect(percentToBasisPoints(text)).toBeNull();
  });
});

describe("contact-reply e-mail", () => {
  const payload = {
    name: `Eva ${evil}`,
    subject: "A return (NW-1)",
    reply: `Dear Eva,\nsend it back ${evil}`,
    original: `Line one ${evil}\nLine two`,
    originalSentAt: "2026-05-01T10:00:00.000Z",
    staffName: "Petra",
  };

  it("escapes every piece of user text and quotes the original", () => {
    const email = contactReplyEmail(payload, shop, "UTC");
    expect(email.subject).toBe("Re: A return (NW-1)");
    expect(email.html).not.toContain("<img src=x");
    expect(email.html).toContain("send it back &lt;img src=x");
    expect(email.html).toContain("<blockquote");
    expect(email.html).toContain("Obchůdek s.r.o.");
    expect(email.text).toContain(`> Line one ${evil}\n> Line two`);
    expect(email.text).toContain("Petra, Obchůdek");
    expect(email.text).toContain("1 May 2026");
  });

  it("keeps the subject on one line whatever the stored subject holds", () => {
    expect(contactReplySubject("Hi\r\nBcc: victim@example.com")).toBe("Re: Hi Bcc: victim@example.com");
    const email = contactReplyEmail({ ...payload, subject: "X\nBcc: victim@example.com" }, shop, "UTC");
    expect(email.subject).not.toMatch(/[\r\n]/);
  });

  it("has a payload schema that refuses what it cannot render", () => {
    const schema = emailPayloadSchemas["contact-reply"];
    const valid = { ...payload, messageId: crypto.randomUUID(), replyId: crypto.randomUUID() };
    expect(schema.safeParse(valid).success).toBe(true);
    expect(schema.safeParse({ ...valid, reply: "" }).success).toBe(false);
    expect(schema.safeParse({ ...valid, originalSentAt: "yesterday" }).success).toBe(false);
    expect(schema.safeParse({ ...valid, replyId: "1" }).success).toBe(false);
  });
});
