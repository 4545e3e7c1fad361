import type { NextConfig } from "next";
import createNextIntlPlugin from "next-intl/plugin";
import { apiContentSecurityPolicy, staticSecurityHeaders } from "./lib/http/security-headers";

// next.config runs before lib/env.ts is usable; this one value is read the same way env.ts reads it.
// eslint-disable-next-line no-restricted-properties
const https = (process.env.PUBLIC_BASE_URL ?? "").startsWith("https:");

const config: NextConfig = {
  poweredByHeader: false,
  reactStrictMode: true,
  // forbidden() / unauthorized() let a server action refuse with 403 / 401 instead of failing with 500.
  experimental: { authInterrupts: true },
  // Native and driver packages stay as plain Node requires instead of being bundled. zod too: the server's own
  // modules (lib/runtime) load it from node_modules anyway, so each process keeps one copy instead of two.
  serverExternalPackages: ["pg", "@prisma/adapter-pg", "bcrypt", "zod"],
  // Build assets skip proxy.ts; they still get the headers that apply to every response.
  headers() {
    return Promise.resolve([
      {
        // JSON route handlers: nothing in them may run or be framed. (Pages get a nonce CSP from proxy.ts.)
        source: "/api/:path*",
        headers: [
          { key: "Content-Security-Policy", value: apiContentSecurityPolicy({ https }) },
          ...Object.entries(staticSecurityHeaders({ https })).map(([key, value]) => ({ key, value })),
        ],
      },
      {
        source: "/_next/:path*",
        headers: [
          { key: "X-Content-Type-Options", value: "nosniff" },
          { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
          { key: "X-Frame-Options", value: "DENY" },
        ],
      },
    ]);
  },
  images: {
    formats: ["image/webp"],
    // Product pictures are at most 800 px wide (1600 px would be a 2x retina of the 800 px column): no 1920 variant.
    deviceSizes: [640, 828, 1080, 1200],
    imageSizes: [96, 160, 256, 384],
    // Only product pictures are optimised: those shipped with the shop and those staff upload (app/media).
    localPatterns: [
      { pathname: "/images/**", search: "" },
      { pathname: "/media/**", search: "" },
    ],
  },
};

// next-intl reads each request's language and catalog from lib/i18n/request.ts.
export default createNextIntlPlugin("./lib/i18n/request.ts")(config);
