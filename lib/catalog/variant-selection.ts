// Choosing a variant by its option values (Size: M, Colour: Navy). Pure, so the product page's client component
// and the server (initial choice from ?variant=SKU) agree, and the rules are unit-tested.

export interface SelectableVariant {
  id: string;
  sku: string;
  options: Readonly<Record<string, string>>;
  available: number;
}

export type Selection = Readonly<Record<string, string>>;

/** A value's state given the other current choices: buyable, sold out, or no such combination. */
export type ValueState = "available" | "sold_out" | "missing";

/** Each option's values, in the order variants first use them. */
export function optionValues(
  optionNames: readonly string[],
  variants: readonly SelectableVariant[],
): { name: string; values: string[] }[] {
  return optionNames.map((name) => {
    const values: string[] = [];
    for (const variant of variants) {
      const value = variant.options[name];
      if (value !== undefined && !values.includes(value)) values.push(value);
    }
    return { name, values };
  });
}

export function selectionOf(variant: SelectableVariant, optionNames: readonly string[]): Selection {
  return Object.fromEntries(optionNames.map((name) => [name, variant.options[name] ?? ""]));
}

function matches(variant: SelectableVariant, selection: Selection, names: readonly string[]): boolean {
  return names.every((name) => variant.options[name] === selection[name]);
}

/** The variant to show first: the one named by SKU, else the first that can be bought, else the first. */
export function initialVariant<V extends SelectableVariant>(variants: readonly V[], sku?: string): V | undefined {
  return (
    (sku ? variants.find((v) => v.sku === sku) : undefined) ?? variants.find((v) => v.available > 0) ?? variants[0]
  );
}

/**
 * The variant after the shopper picks `value` for option `name`: the exact combination when it exists; otherwise
 * the variant with that value that keeps most of the other choices, preferring one in stock.
 */
export function chooseVariant<V extends SelectableVariant>(
  variants: readonly V[],
  optionNames: readonly string[],
  current: Selection,
  name: string,
  value: string,
): V | undefined {
  const wanted = { ...current, [name]: value };
  const exact = variants.find((v) => matches(v, wanted, optionNames));
  if (exact) return exact;
  const others = optionNames.filter((n) => n !== name);
  let best: V | undefined;
  let bestScore = -1;
  for (const variant of variants) {
    if (variant.options[name] !== value) continue;
    const kept = others.filter((n) => variant.options[n] === current[n]).length;
    const score = kept * 2 + (variant.available > 0 ? 1 : 0);
    if (score > bestScore) {
      best = variant;
      bestScore = score;
    }
  }
  return best;
}

export function valueState(
  variants: readonly SelectableVariant[],
  optionNames: readonly string[],
  current: Selection,
  name: string,
  value: string,
): ValueState {
  const wanted = { ...current, [name]: value };
  const variant = variants.find((v) => matches(v, wanted, optionNames));
  if (!variant) return "missing";
  return variant.available > 0 ? "available" : "sold_out";
}
