import type { PricedOrder } from "@/lib/checkout/pricing";
import type { FieldErrors } from "@/lib/errors";

export interface CheckoutFormState {
  status: "editing" | "review" | "error";
  message?: string;
  fields?: FieldErrors;
  /** What the shopper typed, to put back into the form. */
  values: Record<string, string>;
  quote?: PricedOrder & { currency: string };
}
