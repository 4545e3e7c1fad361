import type { Metadata, Viewport } from "next";
import type { ReactNode } from "react";
import { env } from "@/lib/env";
import "./globals.css";

export const metadata: Metadata = {
  metadataBase: new URL(env.PUBLIC_BASE_URL),
  title: { default: env.SHOP_NAME, template: `%s · ${env.SHOP_NAME}` },
  description: `${env.SHOP_NAME}: well-made everyday goods, shipped across the EU.`,
};

export const viewport: Viewport = { themeColor: "#1f5f4a", width: "device-width", initialScale: 1 };

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang={env.SHOP_LOCALE.split("-")[0] ?? "en"}>
      <body>{children}</body>
    </html>
  );
}
