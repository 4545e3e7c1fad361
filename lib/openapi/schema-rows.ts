// Turns the JSON Schemas of the OpenAPI document into table rows for the human-readable docs page: one row per
// field, nested objects flattened into dotted names (`shippingAddress.city`, `lines[].sku`).

export type JsonSchema = {
  $ref?: string;
  type?: string | string[];
  properties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema;
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  enum?: unknown[];
  const?: unknown;
  format?: string;
  pattern?: string;
  minimum?: number;
  maximum?: number;
  minLength?: number;
  maxLength?: number;
  default?: unknown;
  description?: string;
  additionalProperties?: boolean | JsonSchema;
};

export interface FieldRow {
  name: string;
  type: string;
  required: boolean;
  notes: string[];
}

const MAX_DEPTH = 4;

function refName(schema: JsonSchema): string | undefined {
  return schema.$ref?.replace(/^#\/components\/schemas\//, "");
}

export function resolveSchema(schema: JsonSchema, components: Record<string, JsonSchema>): JsonSchema {
  const name = refName(schema);
  return name
    ? { ...(components[name] ?? {}), ...(schema.description ? { description: schema.description } : {}) }
    : schema;
}

/** The one non-null member of `X | null`, or undefined when the schema is not a nullable wrapper. */
function unwrapNullable(schema: JsonSchema): JsonSchema | undefined {
  const members = schema.anyOf ?? schema.oneOf;
  if (!members || members.length !== 2) return undefined;
  const nonNull = members.filter((m) => m.type !== "null");
  return nonNull.length === 1 ? nonNull[0] : undefined;
}

export function typeLabel(schema: JsonSchema, components: Record<string, JsonSchema>): string {
  const name = refName(schema);
  if (name) return name;
  const nullable = unwrapNullable(schema);
  if (nullable) return `${typeLabel(nullable, components)} or null`;
  const members = schema.anyOf ?? schema.oneOf;
  if (members) return members.map((m) => typeLabel(m, components)).join(" or ");
  if (schema.const !== undefined) return JSON.stringify(schema.const);
  const types = Array.isArray(schema.type) ? schema.type : schema.type ? [schema.type] : [];
  if (types.includes("array")) return `${schema.items ? typeLabel(schema.items, components) : "any"}[]`;
  if (types.includes("object") && !schema.properties && typeof schema.additionalProperties === "object") {
    return `map of string to ${typeLabel(schema.additionalProperties, components)}`;
  }
  const base = types.join(" or ") || "any";
  return schema.format ? `${base} (${schema.format})` : base;
}

export function constraintNotes(schema: JsonSchema): string[] {
  const notes: string[] = [];
  if (schema.description) notes.push(schema.description);
  if (schema.enum) notes.push(`One of: ${schema.enum.map((v) => JSON.stringify(v)).join(", ")}`);
  if (schema.minLength !== undefined || schema.maxLength !== undefined) {
    notes.push(`Length ${schema.minLength ?? 0}–${schema.maxLength ?? "∞"}`);
  }
  if (schema.minimum !== undefined || schema.maximum !== undefined) {
    notes.push(`From ${schema.minimum ?? "−∞"} to ${schema.maximum ?? "∞"}`);
  }
  if (schema.pattern && schema.format !== "uuid") notes.push(`Pattern ${schema.pattern}`);
  if (schema.default !== undefined) notes.push(`Default ${JSON.stringify(schema.default)}`);
  return notes;
}

/** The object whose fields a row's children are, if any: through refs, `| null` and arrays. */
function objectBehind(
  schema: JsonSchema,
  components: Record<string, JsonSchema>,
): { schema: JsonSchema; suffix: string } | undefined {
  let current = resolveSchema(schema, components);
  let suffix = "";
  for (let i = 0; i < 3; i++) {
    const inner = unwrapNullable(current);
    if (inner) current = resolveSchema(inner, components);
    else if (current.items) {
      current = resolveSchema(current.items, components);
      suffix += "[]";
    } else break;
  }
  return current.properties ? { schema: current, suffix } : undefined;
}

/** Every field of an object schema, nested ones as dotted names. */
export function fieldRows(
  schema: JsonSchema,
  components: Record<string, JsonSchema>,
  prefix = "",
  depth = 0,
): FieldRow[] {
  const resolved = objectBehind(schema, components)?.schema;
  if (!resolved?.properties) return [];
  const required = new Set(resolved.required ?? []);
  const rows: FieldRow[] = [];
  for (const [key, property] of Object.entries(resolved.properties)) {
    const name = `${prefix}${key}`;
    const shown = resolveSchema(property, components);
    rows.push({
      name,
      type: typeLabel(property, components),
      required: required.has(key),
      notes: constraintNotes(unwrapNullable(shown) ?? shown),
    });
    const nested = objectBehind(property, components);
    if (nested && depth < MAX_DEPTH)
      rows.push(...fieldRows(nested.schema, components, `${name}${nested.suffix}.`, depth + 1));
  }
  return rows;
}
