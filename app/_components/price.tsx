import { getTranslations } from "next-intl/server";
import { formattingLocale } from "@/lib/i18n/languages";
import { currentLanguage } from "@/lib/i18n/request-language";
import { formatMoney, type Money } from "@/lib/money/money";

/** An amount in the page's language ("€19.90", "19,90 €"); `from` for the lowest of several prices. */
export async function Price({ money, from = false, className }: { money: Money; from?: boolean; className?: string }) {
  const [language, t] = await Promise.all([currentLanguage(), getTranslations("price")]);
  const text = formatMoney(money, formattingLocale(language));
  return <span className={className ? `price ${className}` : "price"}>{from ? t("from", { price: text }) : text}</span>;
}
