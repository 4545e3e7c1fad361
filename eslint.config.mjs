import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";
import tseslint from "typescript-eslint";

export default tseslint.config(
  {
    ignores: [
      ".next/**",
      ".data/**",
      "node_modules/**",
      "lib/generated/**",
      "next-env.d.ts",
      "test-results/**",
      "playwright-report/**",
      "public/**",
    ],
  },
  ...nextVitals,
  ...nextTs,
  {
    files: ["**/*.ts", "**/*.tsx"],
    extends: [tseslint.configs.recommendedTypeChecked],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      "@typescript-eslint/no-explicit-any": "error",
      "@typescript-eslint/no-non-null-assertion": "error",
      "@typescript-eslint/consistent-type-imports": ["error", { fixStyle: "inline-type-imports" }],
      "@typescript-eslint/no-floating-promises": "error",
      "@typescript-eslint/no-misused-promises": ["error", { checksVoidReturn: { attributes: false } }],
      "@typescript-eslint/only-throw-error": "error",
      "no-restricted-properties": [
        "error",
        { object: "process", property: "env", message: "Read configuration from lib/env.ts." },
      ],
      "no-restricted-imports": [
        "error",
        {
          paths: [
            {
              name: "next/headers",
              allowTypeImports: true,
              message:
                "Read cookies and headers through lib/http/request-cookies.ts, so the page cache sees every read.",
            },
          ],
        },
      ],
      "no-restricted-syntax": [
        "error",
        {
          selector:
            "CallExpression[callee.type='MemberExpression'][callee.object.name='z'][callee.property.name='string']",
          message:
            "Use safeString() from lib/validation.ts: one rule refuses control characters (NUL…) in every text field.",
        },
      ],
    },
  },
  {
    // The one door to next/headers (see the rule above).
    files: ["lib/http/request-cookies.ts"],
    rules: { "no-restricted-imports": "off" },
  },
  {
    // Configuration entry points and the env module itself are where process.env is read. lib/log.ts reads only
    // LOG_LEVEL, so that the cluster primary logs without loading lib/env's validation (lib/env still checks it).
    files: [
      "lib/env.ts",
      "lib/log.ts",
      "prisma.config.ts",
      "playwright.config.ts",
      "vitest.config.ts",
      "lib/runtime/**",
      "tests/**",
    ],
    rules: { "no-restricted-properties": "off" },
  },
);
