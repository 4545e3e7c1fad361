import type en from "./messages/en.json";

// Message keys are checked at compile time against the English catalog (the reference every other catalog must
// match; tests/unit/i18n-catalogs.test.ts checks that they do).
declare module "next-intl" {
  interface AppConfig {
    Messages: typeof en;
  }
}
