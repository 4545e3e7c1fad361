import { getTranslations } from "next-intl/server";

// What the order page says after a staff action; the action redirects with one of these keys (never free text).
// The texts are the catalog's admin.orders.notice.<key>.
export const orderNotices = [
  "shipped",
  "delivered",
  "refunded",
  "refund-pending",
  "cancelled",
  "cancelled-refunded",
  "cancel-pending",
  "cash-received",
  "confirmation-sent",
  "transfer-paid",
  "transfer-short",
  "transfer-over",
] as const;

export type OrderNotice = (typeof orderNotices)[number];

/** The notice's text in the page's language, or null for anything that is not one of the keys. */
export async function orderNotice(key: unknown): Promise<string | null> {
  if (typeof key !== "string" || !(orderNotices as readonly string[]).includes(key)) return null;
  const t = await getTranslations("admin.orders");
  return t(`notice.${key as OrderNotice}`);
}
