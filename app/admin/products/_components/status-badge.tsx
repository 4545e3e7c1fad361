"use client";

import { useTranslations } from "next-intl";

const styles = {
  ACTIVE: "badge badge-ok",
  DRAFT: "badge badge-warn",
  ARCHIVED: "badge",
} as const;

/** A product's status as text (colour only repeats it). */
export function StatusBadge({ status }: { status: keyof typeof styles }) {
  const t = useTranslations("admin.productStatus");
  return <span className={styles[status]}>{t(status)}</span>;
}
