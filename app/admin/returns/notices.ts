import { getTranslations } from "next-intl/server";

// What the return page says after a staff step; the action redirects with one of these keys (never free text).
// The texts are the catalog's admin.returns.notice.<key>.
export const returnNotices = ["approved", "rejected", "received", "refunded", "refund-pending"] as const;

export type ReturnNotice = (typeof returnNotices)[number];

/** The notice's text in the page's language, or null for anything that is not one of the keys. */
export async function returnNotice(key: unknown): Promise<string | null> {
  if (typeof key !== "string" || !(returnNotices as readonly string[]).includes(key)) return null;
  const t = await getTranslations("admin.returns");
  return t(`notice.${key as ReturnNotice}`);
}
