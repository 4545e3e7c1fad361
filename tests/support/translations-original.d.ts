// The real app/_components/translations.tsx, under the name vitest.config.ts gives it for tests/support/translations.ts.
declare module "translations-original" {
  export * from "@/app/_components/translations";
}
