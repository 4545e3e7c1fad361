"use client";

import { useTranslations } from "next-intl";
import type { ReturnStatus } from "@/lib/generated/prisma/client";

const tone: Record<ReturnStatus, string> = {
  REQUESTED: "badge badge-warn",
  APPROVED: "badge badge-info",
  REJECTED: "badge",
  RECEIVED: "badge badge-info",
  REFUNDED: "badge badge-ok",
};

/** The return's state as text (colour only repeats it). */
export function ReturnStatusBadge({ status }: { status: ReturnStatus }) {
  const t = useTranslations("admin");
  return <span className={tone[status]}>{t(`returnStatus.${status}`)}</span>;
}
