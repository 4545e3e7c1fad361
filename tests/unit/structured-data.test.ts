import { describe, expect, it } from "vitest";
import { absoluteUrl, decimalPrice, jsonLdText, productJsonLd } from "@/lib/catalog/structured-data";
import type { ProductDetail } from "@/lib/catalog/types";

const product: ProductDetail = {
  id: "p1",
  slug: "cast-iron-skillet",
  name: "Cast Iron Skillet",
  description: "Pre-seasoned.",
  category: { slug: "kitchen", name: "Kitchen" },
  vatRateBps: 2100,
  optionNames: ["Diameter"],
  optionLabels: { names: { Diameter: "Diameter" }, values: {} },
  variants: [
    {
      id: "v1",
      sku: "CAS-20",
      options: { Diameter: "20 cm" },
      price: { amountMinor: 4900, currency: "EUR" },
      available: 40,
      stockState: "in_stock",
    },
    {
      id: "v2",
      sku: "CAS-30",
      options: { Diameter: "30 cm" },
      price: { amountMinor: 6905, currency: "EUR" },
      available: 0,
      stockState: "out_of_stock",
    },
  ],
  images: [{ url: "/images/products/cast-iron-skillet-1.webp", alt: "", width: 800, height: 800 }],
  updatedAt: "2026-11-25T00:00:00.000Z",
};

describe("structured data", () => {
  it("writes prices as exact decimals", () => {
    expect(decimalPrice(4900, "EUR")).toBe("49.00");
    expect(decimalPrice(6905, "EUR")).toBe("69.05");
    expect(decimalPrice(7, "EUR")).toBe("0.07");
    expect(decimalPrice(1200, "JPY")).toBe("1200");
  });

  it("describes a product with one offer per variant, each with price and availability", () => {
    const data = productJsonLd(product, { baseUrl: "https://shop.example", shopName: "Shop", language: "en" });
    expect(data).toMatchObject({
      "@type": "Product",
      name: "Cast Iron Skillet",
      url: "https://shop.example/products/cast-iron-skillet",
      image: ["https://shop.example/images/products/cast-iron-skillet-1.webp"],
      offers: [
        { sku: "CAS-20", price: "49.00", priceCurrency: "EUR", availability: "https://schema.org/InStock" },
        {
          sku: "CAS-30",
          price: "69.05",
          availability: "https://schema.org/OutOfStock",
          url: "https://shop.example/products/cast-iron-skillet?variant=CAS-30",
        },
      ],
    });
  });

  it("links a product page in another language under its prefix, offers included", () => {
    const data = productJsonLd(product, { baseUrl: "https://shop.example", shopName: "Shop", language: "cs" });
    expect(data).toMatchObject({
      url: "https://shop.example/cs/products/cast-iron-skillet",
      offers: [{}, { url: "https://shop.example/cs/products/cast-iron-skillet?variant=CAS-30" }],
    });
  });

  it("builds absolute URLs from the configured base, with or without a path", () => {
    expect(absoluteUrl("https://shop.example", "/a")).toBe("https://shop.example/a");
    expect(absoluteUrl("https://example.com/shop", "/a")).toBe("https://example.com/a");
  });

  it("cannot be broken out of its script element", () => {
    const text = jsonLdText({ name: "</script><script>alert(1)</script>" });
    expect(text).not.toContain("</script>");
    expect(JSON.parse(text)).toEqual({ name: "</script><script>alert(1)</script>" });
  });
});
