"use client";

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
  return (
    <button
      type="submit"
      className="button button-large add-to-cart"
      disabled={disabled || pending}
      aria-describedby={disabled ? "purchase-note" : undefined}
    >
      {pending ? "Adding…" : label}
    </button>
  );
}

export function PurchasePanel({ variant, action }: PurchasePanelProps) {
  const buyable = variant !== null && variant.available > 0;
  const max = variant ? Math.max(1, Math.min(variant.available, MAX_QUANTITY_PER_ADD)) : 1;
  const note = buyable
    ? null
    : variant
      ? "This option is out of stock. Choose another option above."
      : "This combination is not available. Choose another option above.";

  return (
    <form className="purchase-panel" action={action} aria-label="Purchase">
      <input type="hidden" name="variantId" value={variant?.id ?? ""} />
      <div className="quantity-field">
        <label htmlFor="quantity">Quantity</label>
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
      <AddButton disabled={!buyable} label={buyable ? "Add to cart" : "Out of stock"} />
      {note ? (
        <p className="purchase-note" id="purchase-note">
          {note}
        </p>
      ) : null}
    </form>
  );
}
