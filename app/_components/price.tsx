import { env } from "@/lib/env";
import { formatMoney, type Money } from "@/lib/money/money";

export function Price({ money, from = false, className }: { money: Money; from?: boolean; className?: string }) {
  const text = formatMoney(money, env.SHOP_LOCALE);
  return <span className={className ? `price ${className}` : "price"}>{from ? `from ${text}` : text}</span>;
}
