"use client";

import { useTranslations } from "@/app/_components/translations";
import { useFormStatus } from "react-dom";

// The purchase controls of a product page: the server action `action` receives the form's `variantId` and
// `quantity` fields.

export type PurchaseAction = (formData: FormData) => void | Promise<void>;

/** Most units one "Add to cart" offers; the cart enforces its own per-line limit on the server. */
export const MAX_QUANTITY_PER_ADD = 10;

export interface PurchasePanelProps {
  /** The chosen variant; null when the shopper's combination of options does not exist. */
  variant: { id: string; available: number } | null;
  action: PurchaseAction;
}

function AddButton({ disabled, label }: { disabled: boolean; label: string }) {
  const { pending } = useFormStatus();
  const t = useTranslations("product");
  return (
    <button
      type="submit"
      className="button button-large add-to-cart"
      disabled={disabled || pending}
      aria-describedby={disabled ? "purchase-note" : undefined}
    >
      {pending ? t("adding") : label}
    </button>
  );
}

export function PurchasePanel({ variant, action }: PurchasePanelProps) {
  const t = useTranslations("product");
  const buyable = variant !== null && variant.available > 0;
  const max = variant ? Math.max(1, Math.min(variant.available, MAX_QUANTITY_PER_ADD)) : 1;
  const note = buyable ? null : variant ? t("optionOutOfStock") : t("combinationUnavailable");

  return (
    <form className="purchase-panel" action={action} aria-label={t("purchase")}>
      <input type="hidden" name="variantId" value={variant?.id ?? ""} />
      <div className="quantity-field">
        <label htmlFor="quantity">{t("quantity")}</label>
        <input
          // A new variant starts again at 1 within its own stock.
          key={variant?.id ?? "none"}
          id="quantity"
          name="quantity"
          className="input"
          type="number"
          inputMode="numeric"
          min={1}
          max={max}
          step={1}
          defaultValue={1}
          required
          disabled={!buyable}
        />
      </div>
      <AddButton disabled={!buyable} label={buyable ? t("addToCart") : t("outOfStock")} />
      {note ? (
        <p className="purchase-note" id="purchase-note">
          {note}
        </p>
      ) : null}
    </form>
  );
}
