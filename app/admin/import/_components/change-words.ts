"use client";

import { useFormatter, useTranslations } from "next-intl";
import type { ImportChange } from "@/lib/catalog-admin/import-types";
import { formatMoney } from "@/lib/money/money";

/** Words a previewed change in the page's language; amounts in `locale` (the admin's formatting locale). */
export function useChangeWords(locale: string): (change: ImportChange) => string {
  const t = useTranslations("admin.import.change");
  const format = useFormatter();
  const count = (value: number) => format.number(value);
  return (change): string => {
    switch (change.kind) {
      case "productField":
        return t("productField", { field: t(`field.${change.field}`) });
      case "productTranslation":
        return t("productTranslation", { column: change.column });
      case "newVariant":
        return t("newVariant", {
          price: formatMoney({ amountMinor: change.price, currency: change.currency }, locale),
        });
      case "price":
        return t("price", {
          from: formatMoney({ amountMinor: change.from, currency: change.currency }, locale),
          to: formatMoney({ amountMinor: change.to, currency: change.currency }, locale),
        });
      case "stock":
      case "position":
      case "weight":
        return t(change.kind, { from: count(change.from), to: count(change.to) });
      case "newProduct":
        return t("newProduct");
      case "variantActive":
        return t("variantActive");
      case "variantInactive":
        return t("variantInactive");
      case "optionValues":
        return t("optionValues");
    }
  };
}
