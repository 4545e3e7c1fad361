import { readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import { accessOf } from "@/lib/http/access";

// Every route handler (app/**/route.ts) and server action ("use server" modules under app/ and lib/), found on the
// file system and imported, with the access its wrapper declared (lib/http/access.ts).

const root = path.resolve(import.meta.dirname, "../..");
const HTTP_METHODS = new Set(["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"]);

export interface EntryPoint {
  /** "app/api/cart/route.ts GET" or "app/(shop)/cart/actions.ts addToCartAction". */
  name: string;
  /** "public", "customer", "staff", "admin", with ":read"/":write" for routes that accept API tokens; null: none. */
  access: string | null;
}

function filesUnder(dir: string, keep: (file: string) => boolean): string[] {
  return readdirSync(path.join(root, dir), { recursive: true, encoding: "utf8" })
    .map((file) => path.join(dir, file))
    .filter(keep)
    .sort();
}

export function routeFiles(): string[] {
  return filesUnder("app", (file) => /(^|\/)route\.(ts|js)$/.test(file));
}

export function serverActionFiles(): string[] {
  return ["app", "lib"]
    .flatMap((dir) => filesUnder(dir, (file) => /\.(ts|tsx)$/.test(file) && !file.startsWith("lib/generated/")))
    .filter((file) => /^\s*["']use server["']/.test(readFileSync(path.join(root, file), "utf8")));
}

const describeAccess = (fn: unknown): string | null => {
  const declared = accessOf(fn);
  if (!declared) return null;
  return declared.scope ? `${declared.auth}:${declared.scope}` : declared.auth;
};

export async function entryPoints(): Promise<EntryPoint[]> {
  const found: EntryPoint[] = [];
  for (const file of routeFiles()) {
    const mod = (await import(path.join(root, file))) as Record<string, unknown>;
    for (const [name, value] of Object.entries(mod)) {
      if (HTTP_METHODS.has(name)) found.push({ name: `${file} ${name}`, access: describeAccess(value) });
    }
  }
  for (const file of serverActionFiles()) {
    const mod = (await import(path.join(root, file))) as Record<string, unknown>;
    // Everything a "use server" module exports is callable from the browser.
    for (const [name, value] of Object.entries(mod))
      found.push({ name: `${file} ${name}`, access: describeAccess(value) });
  }
  return found.sort((a, b) => a.name.localeCompare(b.name));
}
