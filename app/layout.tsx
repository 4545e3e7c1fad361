import type { Metadata, Viewport } from "next";
import { connection } from "next/server";
import type { ReactNode } from "react";
import { env } from "@/lib/env";
import "./globals.css";

export const metadata: Metadata = {
  metadataBase: new URL(env.PUBLIC_BASE_URL),
  title: { default: env.SHOP_NAME, template: `%s · ${env.SHOP_NAME}` },
  description: `${env.SHOP_NAME}: well-made everyday goods, shipped across the EU.`,
};

export const viewport: Viewport = { themeColor: "#1f5f4a", width: "device-width", initialScale: 1 };

export default async function RootLayout({ children }: { children: ReactNode }) {
  // Every page is rendered per request: the CSP nonce (proxy.ts) is different each time, and Next.js can only
  // put it on its scripts while rendering.
  await connection();
  return (
    <html lang={env.SHOP_LOCALE.split("-")[0] ?? "en"}>
      <body>{children}</body>
    </html>
  );
}
