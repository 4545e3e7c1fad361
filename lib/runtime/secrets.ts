import { randomBytes } from "node:crypto";
import { existsSync } from "node:fs";
import { mkdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";

/**
 * A secret kept in .data/ (git-ignored), generated on first use, so a fresh shop is secure with no set-up.
 * Deployments set the variable instead.
 */
export async function ensureSecret(name: string): Promise<string> {
  const file = path.resolve(".data", `${name}.secret`);
  if (existsSync(file)) return (await readFile(file, "utf8")).trim();
  const secret = randomBytes(32).toString("base64url");
  await mkdir(path.dirname(file), { recursive: true });
  await writeFile(file, `${secret}\n`, { mode: 0o600 });
  return secret;
}
