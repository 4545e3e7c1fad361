import type { PricedCheckout } from "@/lib/checkout/price-with-delivery";
import type { FieldErrors } from "@/lib/errors";

export interface CheckoutFormState {
  status: "editing" | "review" | "error";
  message?: string;
  fields?: FieldErrors;
  /** What the shopper typed, to put back into the form. */
  values: Record<string, string>;
  quote?: Omit<PricedCheckout, "delivery"> & { currency: string; deliveryName: string; paymentName: string };
}
