import { type ComponentProps, createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { PurchasePanel } from "@/app/(shop)/products/[slug]/purchase-panel";
import { TranslationsProvider } from "@/app/_components/translations";
import { catalog } from "@/lib/i18n/catalog";
import { compileMessages } from "@/lib/i18n/compile-messages";

// Rendered as the page renders it: inside the provider of the English catalog.
const render = (props: Parameters<typeof PurchasePanel>[0]) =>
  renderToStaticMarkup(
    createElement(
      TranslationsProvider,
      // children arrive as createElement's third argument
      { language: "en", timeZone: "Europe/Prague", messages: compileMessages(catalog("en")) } as ComponentProps<
        typeof TranslationsProvider
      >,
      createElement(PurchasePanel, props),
    ),
  );
const action = async (formData: FormData) => {
  await Promise.resolve(formData);
};

describe("purchase panel", () => {
  it("with an action and stock, lets the shopper add up to what is available", () => {
    const html = render({ variant: { id: "v1", available: 3 }, action });
    expect(html).toMatch(/<button(?![^>]*disabled)[^>]*>Add to cart<\/button>/);
    expect(html).toContain('name="variantId" value="v1"');
    expect(html).toMatch(/<input id="quantity"[^>]*max="3"/);
  });

  it("for a sold-out variant, offers nothing to add", () => {
    const html = render({ variant: { id: "v1", available: 0 }, action });
    expect(html).toMatch(/<button[^>]*disabled=""[^>]*>Out of stock<\/button>/);
    expect(html).toContain("out of stock");
  });
});
