import { getTranslations } from "next-intl/server";
import type { StockState } from "@/lib/catalog/types";

type StockTranslator = Awaited<ReturnType<typeof getTranslations<"stock">>>;

/** The shopper-facing words for a stock state; with a count, low stock says how many are left. */
export function stockLabel(t: StockTranslator, state: StockState, available?: number): string {
  if (state === "low_stock" && available !== undefined && available > 0) return t("onlyLeft", { count: available });
  return t(`state.${state}`);
}

export async function StockBadge({ state, available }: { state: StockState; available?: number }) {
  const t = await getTranslations("stock");
  return (
    <span className={`stock stock-${state}`}>
      <span className="stock-dot" aria-hidden="true" />
      {stockLabel(t, state, available)}
    </span>
  );
}
