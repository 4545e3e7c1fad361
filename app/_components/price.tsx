import { env } from "@/lib/env";
import { formatMoney, type Money } from "@/lib/money/money";

export function Price({ money, from = false }: { money: Money; from?: boolean }) {
  const text = formatMoney(money, env.SHOP_LOCALE);
  return <span className="price">{from ? `from ${text}` : text}</span>;
}
