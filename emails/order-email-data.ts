import { formatMoney } from "@/lib/money/money";

// What the order e-mails show, as plain data: the orders module loads an order and maps it to this.
export interface OrderEmailLine {
  name: string;
  quantity: number;
  unitPriceMinor: number;
  totalMinor: number;
  /** e.g. 21 for 21 %; may be fractional (10.5). */
  vatRatePercent: number;
}

export interface VatBreakdownRow {
  vatRatePercent: number;
  netMinor: number;
  vatMinor: number;
}

export interface OrderEmailData {
  orderNumber: string;
  customerName: string;
  currency: string;
  lines: OrderEmailLine[];
  vatBreakdown: VatBreakdownRow[];
  shippingMinor: number;
  /** Cash-on-delivery surcharge; 0 otherwise. */
  surchargeMinor: number;
  discountMinor: number;
  deliveryMethod: string;
  /** The payment method's name in the order's language. */
  paymentMethod: string;
  /** Click & collect: where and when to collect. */
  pickup: { name: string; lines: string[]; openingHours: string } | null;
  /** Paid through the built-in test provider: no money moved, and the e-mail says so. */
  testOrder: boolean;
  totalMinor: number;
  shippingAddress: { name: string; lines: string[] };
  orderUrl: string;
  /** The language the order was placed in ("cs"); the shop's own when not given. */
  language?: string;
}

export const money = (amountMinor: number, currency: string, locale: string) =>
  formatMoney({ amountMinor, currency }, locale);
