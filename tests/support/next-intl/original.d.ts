// The real next-intl, for the test stand-in that wraps it (vitest.config.ts aliases "next-intl" to client.ts).
declare module "next-intl-original" {
  export * from "next-intl";
}
