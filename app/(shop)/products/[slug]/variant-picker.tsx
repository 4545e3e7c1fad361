"use client";

import { useTranslations } from "@/app/_components/translations";
import { useState } from "react";
import type { StockState } from "@/lib/catalog/types";
import { chooseVariant, optionValues, selectionOf, valueState } from "@/lib/catalog/variant-selection";
import { type PurchaseAction, PurchasePanel } from "./purchase-panel";

export interface PickerVariant {
  id: string;
  sku: string;
  options: Record<string, string>;
  /** Formatted on the server, so server and browser render the same text. */
  priceText: string;
  available: number;
  stockState: StockState;
  /** "In stock", "Only 3 left"… in the page's language. */
  stockText: string;
}

interface Props {
  optionNames: string[];
  /** What the shopper reads for each option name and value, in the page's language. */
  optionLabels: { names: Record<string, string>; values: Record<string, string> };
  variants: PickerVariant[];
  initialVariantId: string;
  action: PurchaseAction;
}

/** Option choice (size, colour…) that updates price, SKU and availability, and the purchase panel below it. */
export function VariantPicker({ optionNames, optionLabels, variants, initialVariantId, action }: Props) {
  const [variant, setVariant] = useState<PickerVariant | null>(
    () => variants.find((v) => v.id === initialVariantId) ?? variants[0] ?? null,
  );
  const [selection, setSelection] = useState(() => (variant ? selectionOf(variant, optionNames) : {}));
  const groups = optionValues(optionNames, variants);
  const t = useTranslations("product");

  const pick = (name: string, value: string) => {
    const next = chooseVariant(variants, optionNames, selection, name, value) ?? null;
    // Keep exactly what the shopper chose; other options follow the variant found for it.
    setSelection(next ? selectionOf(next, optionNames) : { ...selection, [name]: value });
    setVariant(next);
    if (next) {
      const url = new URL(window.location.href);
      url.searchParams.set("variant", next.sku);
      window.history.replaceState(window.history.state, "", url);
    }
  };

  return (
    <div className="variant-picker">
      <div className="product-buy-summary" aria-live="polite" aria-atomic="true">
        <p className="product-price" data-testid="product-price">
          {variant ? variant.priceText : t("notAvailable")}
        </p>
        <p className="product-availability">
          {variant ? (
            <span className={`stock stock-${variant.stockState}`} data-testid="product-availability">
              <span className="stock-dot" aria-hidden="true" />
              {variant.stockText}
            </span>
          ) : null}
          {variant ? (
            <span className="product-sku">
              {t("sku")} <span data-testid="product-sku">{variant.sku}</span>
            </span>
          ) : null}
        </p>
      </div>

      {groups.map(({ name, values }) => (
        <fieldset key={name} className="option-group">
          <legend>
            {optionLabels.names[name] ?? name}:{" "}
            <span className="option-current">{optionLabels.values[selection[name] ?? ""] ?? selection[name]}</span>
          </legend>
          <div className="option-values">
            {values.map((value) => {
              const state = valueState(variants, optionNames, selection, name, value);
              const id = `option-${name}-${value}`.replace(/[^A-Za-z0-9_-]/g, "_");
              return (
                <span key={value} className="option-value">
                  <input
                    type="radio"
                    id={id}
                    name={`option-${name}`}
                    value={value}
                    checked={selection[name] === value}
                    onChange={() => pick(name, value)}
                  />
                  <label htmlFor={id} className={`option-label option-${state}`}>
                    {optionLabels.values[value] ?? value}
                    {state === "sold_out" ? <span className="visually-hidden"> {t("soldOut")}</span> : null}
                    {state === "missing" ? <span className="visually-hidden"> {t("notWithThisChoice")}</span> : null}
                  </label>
                </span>
              );
            })}
          </div>
        </fieldset>
      ))}

      <PurchasePanel variant={variant ? { id: variant.id, available: variant.available } : null} action={action} />
    </div>
  );
}
