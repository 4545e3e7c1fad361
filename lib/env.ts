import { z } from "zod";
import { LOG_LEVELS } from "@/lib/log";
import { safeString } from "@/lib/validation";

// Every environment variable the shop reads, parsed once. Nothing else reads process.env.
// Empty strings count as "not set", so a blank line in .env never switches a feature on by accident.
const optional = <T extends z.ZodType>(schema: T) =>
  z.preprocess((value) => (value === "" ? undefined : value), schema.optional());

const postgresUrl = safeString().regex(/^postgres(ql)?:\/\/\S+$/, "must be a postgresql:// connection URL");

export const envSchema = z.object({
  NODE_ENV: z.enum(["development", "test", "production"]).default("development"),

  // Database: without DATABASE_URL the start command runs an embedded PostgreSQL.
  DATABASE_URL: optional(postgresUrl),
  DATABASE_POOL_SIZE: z.coerce.number().int().min(1).max(200).default(10),
  EMBEDDED_PG_PORT: z.coerce.number().int().min(1024).max(65535).default(54329),
  EMBEDDED_PG_DIR: safeString().min(1).default(".data/postgres"),

  // Web server
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  // Without it, http://localhost:<PORT> (see parseEnv), so links and e-mails follow the port the shop listens on.
  PUBLIC_BASE_URL: z.url({ protocol: /^https?$/ }),
  // Reverse proxies in front of the shop that append to X-Forwarded-For (0 when browsers connect directly).
  TRUSTED_PROXY_HOPS: z.coerce.number().int().min(0).max(5).default(0),
  // A request's headers and whole body must arrive within this many milliseconds, or it is cut off with 408
  // (slow or stalled clients would otherwise hold a connection and its buffered body for as long as they like).
  REQUEST_TIMEOUT_MS: z.coerce.number().int().min(1_000).max(600_000).default(60_000),

  // The shop itself
  SHOP_NAME: safeString().min(1).max(80).default("Northwind Goods"),
  SHOP_CURRENCY: safeString()
    .regex(/^[A-Z]{3}$/, "must be an ISO 4217 code such as EUR")
    .default("EUR"),
  SHOP_LOCALE: safeString().min(2).max(35).default("en-IE"),
  // Languages besides SHOP_LOCALE's that the shop speaks, each with a catalog in lib/i18n/messages/.
  SHOP_LANGUAGES: safeString()
    .regex(/^[a-z]{2,3}(,[a-z]{2,3})*$/, "must be language codes separated by commas, such as en,cs")
    .default("en,cs"),
  // Where contact-form notifications go; without it, to SEED_ADMIN_EMAIL (the first staff account).
  SHOP_CONTACT_EMAIL: optional(z.email()),
  // Signs the contact form's timestamp and keys the client-address hash; `npm start` generates one into .data/.
  CONTACT_SECRET: optional(safeString().min(32, "must be at least 32 characters")),
  // Shown in e-mails and on invoices. Address lines are separated by ";".
  SHOP_LEGAL_NAME: optional(safeString().min(1).max(120)),
  SHOP_ADDRESS: safeString().min(1).max(300).default("1 Market Street; Dublin D01 XY00; Ireland"),
  SHOP_EMAIL: z.email().default("shop@example.com"),
  SHOP_LOGO_URL: optional(z.url({ protocol: /^https?$/ })),
  SHOP_VAT_ID: optional(safeString().min(2).max(40)),
  SHOP_COMPANY_ID: optional(safeString().min(2).max(40)),
  // Invoices are numbered per year in this time zone.
  SHOP_TIME_ZONE: safeString()
    .refine((zone) => Intl.supportedValuesOf("timeZone").includes(zone) || zone === "UTC", "must be an IANA time zone")
    .default("UTC"),

  // Product pictures uploaded by staff: kept on disk under this folder (created when missing), served at /media/.
  UPLOAD_DIR: safeString().min(1).default(".data/uploads"),
  // Largest accepted picture upload in bytes (5 MB by default, at most 20 MB).
  UPLOAD_MAX_IMAGE_BYTES: z.coerce
    .number()
    .int()
    .min(10 * 1024)
    .max(20 * 1024 * 1024)
    .default(5 * 1024 * 1024),

  // E-mail: without SMTP_URL, mail goes to the development mailbox at /admin/mailbox.
  SMTP_URL: optional(safeString().regex(/^smtps?:\/\/\S+$/, "must be an smtp:// or smtps:// URL")),
  MAIL_FROM: optional(z.email()),
  // The benchmark pages under /bench (tests/bench) answer 404 unless benchmarking is switched on.
  BENCH_PAGES: z.enum(["on", "off"]).default("off"),
  // The delivery worker runs inside the web server unless turned off (tests, or a separate `npm run worker`).
  MAIL_WORKER: z.enum(["on", "off"]).default("on"),
  MAIL_WORKER_POLL_MS: z.coerce.number().int().min(50).max(60_000).default(2_000),
  // Retry n waits MAIL_RETRY_BASE_MS × 2^(n−1), at most an hour; after MAIL_MAX_ATTEMPTS the message is FAILED.
  MAIL_RETRY_BASE_MS: z.coerce.number().int().min(10).max(3_600_000).default(30_000),
  MAIL_MAX_ATTEMPTS: z.coerce.number().int().min(1).max(50).default(8),

  // Outbound webhooks. The delivery worker runs inside the web server unless off (then `npm run worker` delivers).
  WEBHOOK_WORKER: z.enum(["on", "off"]).default("on"),
  WEBHOOK_WORKER_POLL_MS: z.coerce.number().int().min(50).max(60_000).default(1_000),
  // Endpoints must be https; on lets http:// URLs through, for development only.
  WEBHOOK_ALLOW_HTTP: z.enum(["on", "off"]).default("off"),
  // Endpoints may not resolve to loopback, private, link-local or metadata addresses unless on (development, tests).
  WEBHOOK_ALLOW_PRIVATE: z.enum(["on", "off"]).default("off"),
  // Retry n waits about WEBHOOK_RETRY_BASE_MS × 2^(n−1) (with jitter, at most 12 h) for up to
  // WEBHOOK_RETRY_WINDOW_HOURS after the first attempt; then the delivery fails and the endpoint is turned off.
  WEBHOOK_RETRY_BASE_MS: z.coerce.number().int().min(10).max(3_600_000).default(5_000),
  WEBHOOK_RETRY_WINDOW_HOURS: z.coerce
    .number()
    .min(0.001)
    .max(24 * 14)
    .default(72),
  // Whole request, connection included; a receiver should answer quickly and do its work later.
  WEBHOOK_TIMEOUT_MS: z.coerce.number().int().min(500).max(60_000).default(10_000),
  // Events and the delivery log are kept this many days.
  WEBHOOK_LOG_RETENTION_DAYS: z.coerce.number().int().min(1).max(3650).default(30),

  // Anonymous shoppers' product, category and home pages are kept in memory and dropped on catalog changes.
  PAGE_CACHE: z.enum(["on", "off"]).default("on"),

  // Demo accounts created by the first start's seed. Without a password, a random one is generated and printed.
  SEED_ADMIN_EMAIL: z.email().default("admin@example.com"),
  SEED_ADMIN_PASSWORD: optional(safeString().min(10).max(64)),
  SEED_CUSTOMER_EMAIL: z.email().default("customer@example.com"),
  SEED_CUSTOMER_PASSWORD: optional(safeString().min(10).max(64)),

  // Checkout and payments
  /** VAT rate for shipping and products without their own, in basis points (2100 = 21 %). */
  SHOP_STANDARD_VAT_BPS: z.coerce.number().int().min(0).max(10_000).default(2100),
  /** Unpaid orders give their reserved stock back after this many minutes. */
  ORDER_PAYMENT_TIMEOUT_MINUTES: z.coerce
    .number()
    .int()
    .min(1)
    .max(24 * 60)
    .default(30),
  /** Bank transfer: e-mail a reminder this many days before the due date when the money has not arrived (0: none). */
  BANK_TRANSFER_REMINDER_DAYS: z.coerce.number().int().min(0).max(30).default(2),
  /**
   * Returns: days after an order was marked delivered during which its shopper may ask to return items. The EU right
   * of withdrawal is 14 days; a shop may give more.
   */
  RETURN_WINDOW_DAYS: z.coerce.number().int().min(1).max(365).default(14),
  /** Signs guest order links and other tokens; generated into .data/ by `npm start` when unset. */
  /** Orders one client address may place per minute (raise it for load tests from one machine). */
  CHECKOUT_RATE_LIMIT_PER_MINUTE: z.coerce.number().int().min(1).default(30),
  AUTH_SECRET: optional(safeString().min(32, "must be at least 32 characters")),
  /** With a key, payments go through Stripe Checkout; without, through the built-in test provider. */
  STRIPE_SECRET_KEY: optional(safeString().regex(/^(sk|rk)_(test|live)_\w+$/, "must be a Stripe secret key")),
  STRIPE_WEBHOOK_SECRET: optional(safeString().regex(/^whsec_\w+$/, "must be a Stripe webhook signing secret")),
  /**
   * The built-in test payment provider takes "payments" only when this is on (`npm start` sets it for the embedded
   * demo database). Off by default: a real deployment never pretends to take money.
   */
  PAYMENT_TEST_MODE: optional(z.enum(["on", "off"])),
  /**
   * Fault tests only: holds a test-provider "confirmed later" payment at this point (lib/payments/fault-pause.ts)
   * so the test can kill the process there. Inert unless PAYMENT_TEST_MODE is on.
   */
  PAYMENT_FAULT_PAUSE_AT: optional(z.enum(["delayed-payment:before-commit", "delayed-payment:after-commit"])),
  // Who must use two-factor sign-in (README, "Two-factor sign-in"): administrators, or every staff account. Customers
  // may always turn it on for themselves.
  STAFF_2FA: z.enum(["admins", "all"]).default("admins"),
  // Sign in with OpenID Connect providers: their ids, each configured by OIDC_<ID>_ISSUER, _CLIENT_ID,
  // _CLIENT_SECRET and _NAME (see oidcProviders below and README "Sign in with an identity provider").
  OIDC_PROVIDERS: optional(
    safeString().regex(
      /^[a-z0-9]{1,20}(,[a-z0-9]{1,20})*$/,
      "must be provider ids separated by commas, such as google,corp",
    ),
  ),
  // Staff may sign in only through this provider (and only with an e-mail in STAFF_SSO_DOMAINS, when set).
  STAFF_SSO_ONLY: optional(safeString().regex(/^[a-z0-9]{1,20}$/, "must be one of the OIDC_PROVIDERS ids")),
  STAFF_SSO_DOMAINS: optional(
    safeString().regex(
      /^[a-z0-9.-]+(,[a-z0-9.-]+)*$/,
      "must be e-mail domains separated by commas, such as example.com",
    ),
  ),
  // Length of the login / registration / password-reset rate-limit window.
  AUTH_RATE_LIMIT_WINDOW_SECONDS: z.coerce.number().int().min(1).max(86_400).default(900),

  LOG_LEVEL: z.enum(LOG_LEVELS).default("info"),
});

export type Env = z.infer<typeof envSchema>;

function checkCombinations(env: Env): string[] {
  const issues: string[] = [];
  if (env.STRIPE_SECRET_KEY && !env.STRIPE_WEBHOOK_SECRET) {
    issues.push("STRIPE_WEBHOOK_SECRET: required with STRIPE_SECRET_KEY, or payments could never be confirmed");
  }
  if (env.STRIPE_WEBHOOK_SECRET && !env.STRIPE_SECRET_KEY) {
    issues.push("STRIPE_SECRET_KEY: required with STRIPE_WEBHOOK_SECRET, or card payments could never start");
  }
  // A live shop that also takes test "payments" would hand over goods for no money.
  if (env.PAYMENT_TEST_MODE === "on" && env.STRIPE_SECRET_KEY && /^(sk|rk)_live_/.test(env.STRIPE_SECRET_KEY)) {
    issues.push("PAYMENT_TEST_MODE: must not be on with a live Stripe key, or shoppers could order without paying");
  }
  return issues;
}

export class EnvError extends Error {
  constructor(readonly issues: string[]) {
    super(`Invalid environment configuration:\n  ${issues.join("\n  ")}\nSee .env.example.`);
    this.name = "EnvError";
  }
}

/** PUBLIC_BASE_URL defaults to this machine on the shop's own port. */
function withBaseUrlDefault(source: Record<string, string | undefined>): Record<string, string | undefined> {
  if (source.PUBLIC_BASE_URL) return source;
  const port = source.PORT && /^\d{1,5}$/.test(source.PORT) ? source.PORT : "3000";
  return { ...source, PUBLIC_BASE_URL: `http://localhost:${port}` };
}

export function parseEnv(source: Record<string, string | undefined>): Env {
  const result = envSchema.safeParse(withBaseUrlDefault(source));
  if (!result.success) {
    throw new EnvError(result.error.issues.map((issue) => `${issue.path.join(".") || "(root)"}: ${issue.message}`));
  }
  const combinationIssues = checkCombinations(result.data);
  if (combinationIssues.length > 0) throw new EnvError(combinationIssues);
  return result.data;
}

export const env: Env = parseEnv(process.env);

// next-auth (the session layer, lib/auth/next-auth-options.ts) takes its own address only from NEXTAUTH_URL; without
// it, from localhost:3000 or the request's X-Forwarded-Host. The shop's address is PUBLIC_BASE_URL, so it is handed
// on here, once, and never taken from a request.
process.env.NEXTAUTH_URL = new URL("/api/auth", env.PUBLIC_BASE_URL).href;

/** One OpenID Connect provider the shop offers sign-in with. */
export interface OidcProviderSetting {
  id: string;
  name: string;
  issuer: string;
  clientId: string;
  clientSecret: string;
}

const oidcSettingSchema = z.object({
  name: safeString().min(1).max(40),
  // https, or http on loopback only (a provider run next to the shop, as in the tests).
  issuer: z
    .url({ protocol: /^https?$/ })
    .refine(
      (url) => url.startsWith("https://") || /^http:\/\/(127\.0\.0\.1|localhost)(:\d+)?(\/|$)/.test(url),
      "must be an https:// URL",
    ),
  clientId: safeString().min(1).max(500),
  clientSecret: safeString().min(1).max(500),
});

/** OIDC_PROVIDERS and each provider's OIDC_<ID>_* variables, validated like the rest. */
export function parseOidcProviders(source: Record<string, string | undefined>, parsed: Env): OidcProviderSetting[] {
  const ids = parsed.OIDC_PROVIDERS?.split(",") ?? [];
  const issues: string[] = [];
  const providers: OidcProviderSetting[] = [];
  for (const id of ids) {
    const prefix = `OIDC_${id.toUpperCase()}_`;
    const result = oidcSettingSchema.safeParse({
      name: source[`${prefix}NAME`] || id,
      issuer: source[`${prefix}ISSUER`],
      clientId: source[`${prefix}CLIENT_ID`],
      clientSecret: source[`${prefix}CLIENT_SECRET`],
    });
    if (result.success) providers.push({ id, ...result.data });
    else
      issues.push(
        ...result.error.issues.map(
          (issue) =>
            `${prefix}${String(issue.path[0])
              .replace(/[A-Z]/g, (c) => `_${c}`)
              .toUpperCase()}: ${issue.message}`,
        ),
      );
  }
  if (parsed.STAFF_SSO_ONLY && !ids.includes(parsed.STAFF_SSO_ONLY)) {
    issues.push("STAFF_SSO_ONLY: must be one of the OIDC_PROVIDERS ids");
  }
  if (issues.length > 0) throw new EnvError(issues);
  return providers;
}

export const oidcProviders: readonly OidcProviderSetting[] = parseOidcProviders(process.env, env);
