/**
 * The reasons the shop itself writes into the stock history (staff type their own). Stored in English, as written;
 * the admin pages show them in their language by these keys.
 */
export const systemStockReasons = {
  initialStock: "Initial stock",
  csvImport: "CSV import",
} as const;

export type SystemStockReason = keyof typeof systemStockReasons;

/** The key of a reason the shop wrote, or null for one a person typed. */
export function systemStockReason(reason: string): SystemStockReason | null {
  const found = Object.entries(systemStockReasons).find(([, text]) => text === reason);
  return found ? (found[0] as SystemStockReason) : null;
}
