import type { NextConfig } from "next";

const config: NextConfig = {
  poweredByHeader: false,
  reactStrictMode: true,
  // Native and driver packages stay as plain Node requires instead of being bundled.
  serverExternalPackages: ["pg", "@prisma/adapter-pg", "bcrypt"],
  // Build assets skip proxy.ts; they still get the headers that apply to every response.
  headers() {
    return Promise.resolve([
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
    deviceSizes: [640, 828, 1080, 1200, 1920],
    imageSizes: [96, 160, 256, 384],
  },
};

export default config;
