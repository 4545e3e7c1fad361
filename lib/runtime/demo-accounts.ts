import { randomBytes } from "node:crypto";
import { existsSync } from "node:fs";
import { mkdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import type { Env } from "@/lib/env";
import { newTotpSecret } from "@/lib/two-factor/totp";
import type { SeedAccounts } from "@/prisma/seed/seed";

const CREDENTIALS_FILE = path.resolve(".data/demo-accounts.json");

/**
 * The demo accounts' passwords, and the demo administrator's two-factor secret: passwords from the environment when
 * given, otherwise generated once and kept in .data/demo-accounts.json (git-ignored), so no shop ever starts with a
 * password or authenticator key known to the world.
 */
export async function demoAccounts(env: Env): Promise<SeedAccounts> {
  let saved: Partial<SeedAccounts> = {};
  if (existsSync(CREDENTIALS_FILE)) saved = JSON.parse(await readFile(CREDENTIALS_FILE, "utf8")) as SeedAccounts;
  const accounts: SeedAccounts = {
    adminEmail: env.SEED_ADMIN_EMAIL,
    adminPassword: env.SEED_ADMIN_PASSWORD ?? saved.adminPassword ?? randomBytes(12).toString("base64url"),
    customerEmail: env.SEED_CUSTOMER_EMAIL,
    customerPassword: env.SEED_CUSTOMER_PASSWORD ?? saved.customerPassword ?? randomBytes(12).toString("base64url"),
    adminTotpSecret: saved.adminTotpSecret ?? newTotpSecret(),
  };
  await mkdir(path.dirname(CREDENTIALS_FILE), { recursive: true });
  await writeFile(CREDENTIALS_FILE, `${JSON.stringify(accounts, null, 2)}\n`, { mode: 0o600 });
  return accounts;
}

export const demoAccountsFile = path.relative(process.cwd(), CREDENTIALS_FILE);
