import type { NextConfig } from "next";

const config: NextConfig = {
  poweredByHeader: false,
  reactStrictMode: true,
  // Native and driver packages stay as plain Node requires instead of being bundled.
  serverExternalPackages: ["pg", "@prisma/adapter-pg", "bcrypt"],
  images: {
    formats: ["image/webp"],
    deviceSizes: [640, 828, 1080, 1200, 1920],
    imageSizes: [96, 160, 256, 384],
  },
};

export default config;
