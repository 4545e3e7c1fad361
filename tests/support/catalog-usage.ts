import { readFileSync, readdirSync, statSync } from "node:fs";
import path from "node:path";
import { TYPE, type MessageFormatElement, parse } from "@formatjs/icu-messageformat-parser";
import type { Messages } from "@/lib/i18n/catalog";

// What the catalog test needs: catalogs flattened to "namespace.key" → message, each message's ICU arguments and
// plural forms, and which keys the source uses.

export function flatten(messages: Messages, prefix = ""): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(messages)) {
    const full = prefix ? `${prefix}.${key}` : key;
    if (typeof value === "string") out.set(full, value);
    else for (const [k, v] of flatten(value, full)) out.set(k, v);
  }
  return out;
}

export interface MessageShape {
  arguments: Set<string>;
  /** Plural arguments → the categories the message gives (one, few, other…), without exact "=n" cases. */
  plurals: Map<string, Set<string>>;
}

export function messageShape(message: string): MessageShape {
  const shape: MessageShape = { arguments: new Set(), plurals: new Map() };
  const walk = (elements: MessageFormatElement[]) => {
    for (const element of elements) {
      if (element.type === TYPE.literal || element.type === TYPE.pound) continue;
      if ("value" in element && typeof element.value === "string") shape.arguments.add(element.value);
      if (element.type === TYPE.plural) {
        shape.plurals.set(element.value, new Set(Object.keys(element.options).filter((k) => !k.startsWith("="))));
      }
      if (element.type === TYPE.plural || element.type === TYPE.select) {
        for (const option of Object.values(element.options)) walk(option.value);
      }
      if (element.type === TYPE.tag) walk(element.children);
    }
  };
  walk(parse(message));
  return shape;
}

const SOURCE_DIRS = ["app", "lib", "emails"];

export function sourceFiles(root: string): string[] {
  const files: string[] = [];
  const visit = (dir: string): void => {
    for (const name of readdirSync(dir)) {
      const full = path.join(dir, name);
      // The catalogs themselves (lib/i18n/messages), not every folder of that name (app/admin/messages is code).
      if (name === "generated" || name === "node_modules" || full === path.join(root, "lib", "i18n", "messages"))
        continue;
      if (statSync(full).isDirectory()) visit(full);
      else if (/\.(ts|tsx)$/.test(name)) files.push(full);
    }
  };
  for (const dir of SOURCE_DIRS) visit(path.join(root, dir));
  return files;
}

interface FileUse {
  literals: Set<string>;
  namespaces: Set<string>;
  dynamicPrefixes: Set<string>;
}

function fileUse(text: string): FileUse {
  const literals = new Set<string>();
  for (const m of text.matchAll(/(["'`])([\w.-]+)\1/g)) literals.add(m[2] ?? "");
  const namespaces = new Set<string>();
  for (const m of text.matchAll(/(?:getTranslations|useTranslations)\(\s*["']([\w.]+)["']/g))
    namespaces.add(m[1] ?? "");
  for (const m of text.matchAll(/namespace:\s*["']([\w.]+)["']/g)) namespaces.add(m[1] ?? "");
  const dynamicPrefixes = new Set<string>();
  for (const m of text.matchAll(/`([\w.]+)\.\$\{/g)) dynamicPrefixes.add(m[1] ?? "");
  return { literals, namespaces, dynamicPrefixes };
}

/** Whether the source uses a key, directly ("ns.key"), through a namespace (t("key") after getTranslations("ns")),
 * or through a key built at run time from a literal prefix (t(`status.${status}`)). */
export function keyUser(root: string): (key: string) => boolean {
  const uses = sourceFiles(root).map((file) => fileUse(readFileSync(file, "utf8")));
  return (key) =>
    uses.some((use) => {
      if (use.literals.has(key)) return true;
      for (const prefix of use.dynamicPrefixes) if (key.startsWith(`${prefix}.`)) return true;
      for (const namespace of use.namespaces) {
        if (!key.startsWith(`${namespace}.`)) continue;
        const rest = key.slice(namespace.length + 1);
        if (use.literals.has(rest)) return true;
        for (const prefix of use.dynamicPrefixes) if (rest.startsWith(`${prefix}.`)) return true;
      }
      return false;
    });
}
