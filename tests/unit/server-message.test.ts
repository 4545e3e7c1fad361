import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { outOfStock } from "@/lib/cart/change-cart-line";
import { AppError, invalidInput } from "@/lib/errors";
import { localizedError, toAppError } from "@/lib/http/error-response";
import { CountryNames, schemaMessage, serverMessage, serverMessageIssue } from "@/lib/i18n/server-message";
import { safeString } from "@/lib/validation";
import { sourceFiles } from "@/tests/support/catalog-usage";

// Messages built from templates reach a person in their language: the error mappers translate the template through
// the catalog with its arguments (plural forms included) and fall back to the English template.

describe("templated server messages", () => {
  it("come out Czech with the right plural form, and English for English", () => {
    const left = (count: number, language: string) => localizedError(outOfStock(count), language);
    expect(left(1, "cs")).toEqual({
      message: "Na skladě zbývá jen 1 kus.",
      fields: { quantity: "Na skladě zbývá jen 1 kus." },
    });
    expect(left(3, "cs").message).toBe("Na skladě zbývají jen 3 kusy.");
    expect(left(5, "cs").message).toBe("Na skladě zbývá jen 5 kusů.");
    expect(left(3, "en")).toEqual({ message: "Only 3 left in stock.", fields: { quantity: "Only 3 left in stock." } });
    // The code and the English message stay the same for programs and logs.
    expect(outOfStock(3).code).toBe("out_of_stock");
    expect(outOfStock(3).message).toBe("Only 3 left in stock.");
    expect(outOfStock(3).details.fields).toEqual({ quantity: "Only 3 left in stock." });
  });

  it("fall back to English for a language without a catalog", () => {
    const error = new AppError("conflict", serverMessage("No longer sold: {names}.", { names: "Linen Shirt" }));
    expect(localizedError(error, "xx").message).toBe("No longer sold: Linen Shirt.");
    expect(localizedError(error, "cs").message).toBe("Už se neprodává: Linen Shirt.");
  });

  it("fall back to the English template when the catalog has no translation", () => {
    const error = new AppError("conflict", serverMessage("Nothing in the catalog says {what}.", { what: "this" }));
    expect(localizedError(error, "cs").message).toBe("Nothing in the catalog says this.");
  });

  it("name countries in the reader's language", () => {
    const error = invalidInput({
      country: serverMessage("We do not deliver to {country}.", { country: new CountryNames(["DE"]) }),
      countries: serverMessage("Already in the zone “{zone}”: {countries}.", {
        zone: "EU",
        countries: new CountryNames(["AT", "DE"]),
      }),
    });
    expect(error.details.fields).toEqual({
      country: "We do not deliver to Germany.",
      countries: "Already in the zone “EU”: Austria, Germany.",
    });
    expect(localizedError(error, "cs").fields).toEqual({
      country: "Do země Německo nedoručujeme.",
      countries: "Už jsou v zóně „EU“: Rakousko, Německo.",
    });
    expect(localizedError(error, "xx").fields?.country).toBe("We do not deliver to Germany.");
  });

  it("translate numbers for the language and nested texts", () => {
    const error = new AppError(
      "conflict",
      serverMessage("An order that is {status} cannot be refunded.", {
        status: serverMessage(
          "{status, select, PENDING_PAYMENT {awaiting payment} CONFIRMED {confirmed (pay on delivery)} PAID {paid} SHIPPED {shipped} DELIVERED {delivered} CANCELLED {cancelled} EXPIRED {expired (not paid in time)} REFUNDED {refunded} other {{status}}}",
          { status: "CANCELLED" },
        ),
      }),
    );
    expect(error.message).toBe("An order that is cancelled cannot be refunded.");
    expect(localizedError(error, "cs").message).toBe("U objednávky ve stavu „zrušeno“ nelze vrátit peníze.");
  });

  it("reach zod field messages, built with the schema or while parsing", () => {
    const schema = z.object({
      city: safeString().max(
        3,
        schemaMessage("{label} has at most {max, plural, one {# character} other {# characters}}.", {
          label: serverMessage("The city"),
          max: 3,
        }),
      ),
      bands: safeString().transform((value, ctx) => {
        ctx.addIssue(serverMessageIssue("At most {count} items per return.", { count: Number(value) }));
        return z.NEVER;
      }),
    });
    const parsed = schema.safeParse({ city: "Prague", bands: "3" });
    expect(parsed.success).toBe(false);
    if (parsed.success) return;
    expect(toAppError(parsed.error, "cs").details.fields).toEqual({
      city: "Obec: nejvýše 3 znaky.",
      bands: "Nejvýše 3 položky v jedné vratce.",
    });
    expect(toAppError(parsed.error, "en").details.fields).toEqual({
      city: "The city has at most 3 characters.",
      bands: "At most 3 items per return.",
    });
  });
});

describe("refusals built from templates", () => {
  // Internal invariants a person never meets in normal use, or operators' messages, stay plain English.
  const exceptions = new Set([
    "app/api/ready/route.ts", // for the operator's readiness probe
    "lib/orders/transition-order.ts", // a programming error: callers check canTransition first
    "lib/catalog-admin/reorder-categories.ts", // lists record ids for a script that sent a stale list
    "lib/returns/return-credit.ts", // an invariant between two sums the code computed itself
  ]);

  /** Whether the code has a template literal with an argument that reads as a sentence (paths like `lines.${i}` do not). */
  const englishSentences = (code: string) =>
    [...code.matchAll(/`[^`]*`/g)].some(
      ([literal]) => literal.includes("${") && /\s/.test(literal.replace(/\$\{[^}]*\}/g, "")),
    );

  it("carry a template and arguments, not a string put together in English", () => {
    const problems: string[] = [];
    for (const file of sourceFiles(process.cwd())) {
      const relative = file.slice(process.cwd().length + 1);
      if (exceptions.has(relative)) continue;
      const text = readFileSync(file, "utf8");
      for (const start of ["new AppError(", "invalidInput(", "notFound(", "new StatementFormatError("]) {
        for (let at = text.indexOf(start); at >= 0; at = text.indexOf(start, at + 1)) {
          let depth = 0;
          let end = at + start.length - 1;
          for (; end < text.length; end++) {
            if (text[end] === "(") depth++;
            else if (text[end] === ")" && --depth === 0) break;
          }
          const call = text.slice(at, end + 1);
          if (englishSentences(call)) problems.push(`${relative}: ${call.slice(0, 80)}`);
        }
      }
      // Zod messages (an issue added while parsing, a schema's error, a check's message) and the issues an import
      // reports (`issues.push({ row, column, message })` in lib/catalog-admin), which reach staff the same way.
      if (!relative.startsWith("lib/")) continue;
      for (const pattern of [
        /\bmessage:\s*(`[^`]*`)/g,
        /\{\s*error:\s*(`[^`]*`)/g,
        /\.(?:min|max|int|regex|refine|length)\([^()]*?(`[^`]*`),?\s*\)/g,
      ]) {
        for (const match of text.matchAll(pattern)) {
          if (englishSentences(match[1] ?? "")) problems.push(`${relative}: ${match[0].slice(0, 80)}`);
        }
      }
    }
    expect(problems).toEqual([]);
  });
});
