import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from "node:crypto";
import { env } from "@/lib/env";

// Secrets the shop must read back (two-factor TOTP secrets) are stored sealed with AES-256-GCM under a key derived
// from AUTH_SECRET (HKDF-SHA256, one key per purpose). The row's id is bound in as associated data, so a sealed value
// copied onto another row does not open. Changing AUTH_SECRET makes every sealed value unreadable.

const VERSION = "v1";

function keyFor(purpose: string, authSecret: string | undefined): Buffer {
  if (!authSecret) throw new Error("AUTH_SECRET is not set; `npm start` generates one, or set it in .env.");
  return Buffer.from(hkdfSync("sha256", authSecret, "open-shop secret box", `purpose:${purpose}`, 32));
}

export interface SealOptions {
  purpose: string;
  /** What the value belongs to (e.g. the user id); opening with anything else fails. */
  boundTo: string;
  /** Only for seeding another process's database; the shop itself always uses its own AUTH_SECRET. */
  authSecret?: string;
}

export function seal(plain: string, { purpose, boundTo, authSecret = env.AUTH_SECRET }: SealOptions): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv("aes-256-gcm", keyFor(purpose, authSecret), iv);
  cipher.setAAD(Buffer.from(boundTo));
  const body = Buffer.concat([cipher.update(plain, "utf8"), cipher.final()]);
  return [VERSION, iv, body, cipher.getAuthTag()]
    .map((part) => (typeof part === "string" ? part : part.toString("base64url")))
    .join(".");
}

/** The plain value, or null for anything tampered, malformed or sealed under another key or row. */
export function open(sealed: string, { purpose, boundTo, authSecret = env.AUTH_SECRET }: SealOptions): string | null {
  const [version, iv, body, tag, extra] = sealed.split(".");
  if (version !== VERSION || !iv || !body || !tag || extra !== undefined) return null;
  try {
    const decipher = createDecipheriv("aes-256-gcm", keyFor(purpose, authSecret), Buffer.from(iv, "base64url"));
    decipher.setAAD(Buffer.from(boundTo));
    decipher.setAuthTag(Buffer.from(tag, "base64url"));
    return Buffer.concat([decipher.update(Buffer.from(body, "base64url")), decipher.final()]).toString("utf8");
  } catch {
    return null;
  }
}
