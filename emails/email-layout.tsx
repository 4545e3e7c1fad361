/* eslint-disable @next/next/no-head-element, @next/next/no-img-element -- an e-mail document, not a Next.js page */
import type { CSSProperties, ReactNode } from "react";
import type { ShopIdentity } from "@/lib/shop/shop-identity";

// Inline styles only: most mail clients ignore <style> blocks and external CSS.
const page: CSSProperties = { margin: 0, padding: "24px 0", background: "#f4f2ee", fontFamily: "Arial, sans-serif" };
const card: CSSProperties = {
  maxWidth: 600,
  margin: "0 auto",
  background: "#ffffff",
  borderRadius: 8,
  padding: "24px 32px",
  color: "#1d1c1a",
  lineHeight: 1.5,
};
const footer: CSSProperties = {
  maxWidth: 600,
  margin: "16px auto 0",
  color: "#5c5852",
  fontSize: 12,
  textAlign: "center",
};

export const linkStyle: CSSProperties = { color: "#1f5f4a" };
export const buttonStyle: CSSProperties = {
  display: "inline-block",
  background: "#1f5f4a",
  color: "#ffffff",
  padding: "10px 18px",
  borderRadius: 6,
  textDecoration: "none",
  fontWeight: "bold",
};

export function EmailLayout({
  shop,
  title,
  language,
  children,
}: {
  shop: ShopIdentity;
  title: string;
  /** The language the message is written in; by default the shop's. */
  language?: string;
  children: ReactNode;
}) {
  return (
    <html lang={language ?? shop.locale.split("-")[0] ?? "en"}>
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width" />
        <title>{title}</title>
      </head>
      <body style={page}>
        <div style={card}>
          <p style={{ margin: "0 0 16px" }}>
            <a href={shop.baseUrl} style={{ ...linkStyle, fontSize: 20, fontWeight: "bold", textDecoration: "none" }}>
              {shop.logoUrl ? <img src={shop.logoUrl} alt={shop.name} height={40} /> : shop.name}
            </a>
          </p>
          {children}
        </div>
        <div style={footer}>
          <p style={{ margin: 0 }}>{shop.legalName}</p>
          <p style={{ margin: 0 }}>{shop.addressLines.join(", ")}</p>
          <p style={{ margin: 0 }}>
            <a href={`mailto:${shop.email}`} style={linkStyle}>
              {shop.email}
            </a>
          </p>
        </div>
      </body>
    </html>
  );
}

/** The plain-text counterpart of the layout's footer. */
export function textSignature(shop: ShopIdentity): string {
  const legal = shop.legalName === shop.name ? [] : [shop.legalName];
  return [`— ${shop.name}`, ...legal, ...shop.addressLines, shop.email].join("\n");
}
