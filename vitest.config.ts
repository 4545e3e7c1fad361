import path from "node:path";
import { defineConfig } from "vitest/config";

export default defineConfig({
  resolve: {
    alias: [
      // The storefront's client translations likewise answer outside the root layout (tests/support/translations.ts).
      {
        find: /^@\/app\/_components\/translations$/,
        replacement: path.resolve(import.meta.dirname, "tests/support/translations.ts"),
      },
      {
        find: /^translations-original$/,
        replacement: path.resolve(import.meta.dirname, "app/_components/translations.tsx"),
      },
      { find: "@", replacement: path.resolve(import.meta.dirname) },
      // next-intl outside Next.js: server functions and client hooks answer from the catalogs (tests/support/next-intl).
      {
        find: /^next-intl\/server$/,
        replacement: path.resolve(import.meta.dirname, "tests/support/next-intl/server.ts"),
      },
      { find: /^next-intl$/, replacement: path.resolve(import.meta.dirname, "tests/support/next-intl/client.ts") },
      {
        find: /^next-intl-original$/,
        replacement: path.resolve(
          import.meta.dirname,
          "node_modules/next-intl/dist/esm/development/index.react-client.js",
        ),
      },
    ],
  },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: "unit",
          include: ["tests/unit/**/*.test.ts"],
          environment: "node",
          env: { AUTH_SECRET: "unit-test-secret-0123456789abcdefghijklmnop" },
        },
      },
      {
        extends: true,
        test: {
          name: "integration",
          include: ["tests/integration/**/*.test.ts"],
          environment: "node",
          globalSetup: ["tests/integration/global-setup.ts"],
          env: {
            LOG_LEVEL: "silent",
            AUTH_SECRET: "integration-test-secret-0123456789abcdefghij",
            PAYMENT_TEST_MODE: "on",
            // What next.config.ts's experimental.authInterrupts sets in a build: server actions called directly here
            // refuse with unauthorized()/forbidden() as they do under Next.js.
            __NEXT_EXPERIMENTAL_AUTH_INTERRUPTS: "true",
          },
          testTimeout: 60_000,
          hookTimeout: 120_000,
          pool: "forks",
          // Two cores: run files one at a time so concurrency tests measure the database, not the scheduler.
          fileParallelism: false,
        },
      },
      {
        extends: true,
        test: {
          // Failures the shop must survive (database restart, killed process, SMTP and payment outages, several
          // instances), against the production server. `npm run test:faults`.
          name: "faults",
          include: ["tests/faults/**/*.test.ts"],
          environment: "node",
          globalSetup: ["tests/faults/global-setup.ts"],
          env: {
            LOG_LEVEL: "silent",
            AUTH_SECRET: "fault-test-secret-0123456789abcdefghijklmnop",
            PAYMENT_TEST_MODE: "on",
          },
          testTimeout: 120_000,
          hookTimeout: 120_000,
          pool: "forks",
          fileParallelism: false,
        },
      },
    ],
  },
});
