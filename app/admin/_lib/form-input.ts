import { idSchema } from "@/lib/catalog-admin/schemas";
import { notFound } from "@/lib/errors";

// Admin forms post flat fields; the shared zod schemas take the JSON API's nested shape. Naming each input after
// its path in that shape ("variants.0.sku", "optionValues.Size") means a schema error's path is the input's name,
// so field errors land next to the right input with no mapping.

interface Options {
  /** Checkboxes: present means true, absent false. */
  checkboxes?: readonly string[];
  /** Comma-separated lists, e.g. option names "Size, Colour". */
  lists?: readonly string[];
  /** Fields that identify what is edited and are read separately (not part of the schema). */
  omit?: readonly string[];
  /** Optional fields whose empty input means "not given" (the schema's default applies), e.g. a position. */
  blankIsMissing?: readonly string[];
}

/** Keys after which the rest of a dotted name is one key: option names may themselves contain dots. */
const RECORD_KEYS = new Set(["optionValues"]);

function setPath(target: Record<string, unknown>, path: string[], value: unknown): void {
  let node = target;
  for (let i = 0; i < path.length; i++) {
    const key = path[i] ?? "";
    if (RECORD_KEYS.has(key) && i < path.length - 1) {
      const record = (node[key] ??= {}) as Record<string, unknown>;
      record[path.slice(i + 1).join(".")] = value;
      return;
    }
    if (i === path.length - 1) {
      node[key] = value;
      return;
    }
    node = (node[key] ??= {}) as Record<string, unknown>;
  }
}

/** {"0": a, "1": b} → [a, b], all the way down. */
function arraysFromIndexes(value: unknown): unknown {
  if (typeof value !== "object" || value === null) return value;
  if (Array.isArray(value)) return value.map(arraysFromIndexes);
  const entries = Object.entries(value as Record<string, unknown>).map(([k, v]) => [k, arraysFromIndexes(v)] as const);
  if (entries.length > 0 && entries.every(([k]) => /^\d+$/.test(k))) {
    return entries.sort(([a], [b]) => Number(a) - Number(b)).map(([, v]) => v);
  }
  return Object.fromEntries(entries);
}

export function nestFormFields(input: unknown, options: Options = {}): unknown {
  if (typeof input !== "object" || input === null) return input;
  const fields = input as Record<string, string>;
  const out: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(fields)) {
    if (options.omit?.includes(name) || options.checkboxes?.includes(name)) continue;
    if (options.blankIsMissing?.includes(name) && value.trim() === "") continue;
    const path = name.split(".");
    const isRecordValue = path.some((part, i) => RECORD_KEYS.has(part) && i < path.length - 1);
    // An empty option value is left out, so the schema names it as missing rather than as too short.
    if (isRecordValue && value.trim() === "") continue;
    const parsed = options.lists?.includes(name)
      ? value
          .split(",")
          .map((item) => item.trim())
          .filter(Boolean)
      : value;
    setPath(out, path, parsed);
  }
  for (const name of options.checkboxes ?? []) setPath(out, name.split("."), name in fields);
  return arraysFromIndexes(out);
}

/** The id of what a form edits, from a hidden field; a forged or missing one is simply not found. */
export function formId(formData: FormData, name = "id"): string {
  const parsed = idSchema.safeParse(formData.get(name));
  if (!parsed.success) throw notFound("The item was not found.");
  return parsed.data;
}
