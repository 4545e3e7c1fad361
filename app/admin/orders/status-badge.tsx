"use client";

import { useTranslations } from "next-intl";
import type { OrderStatus } from "@/lib/generated/prisma/client";

const tone: Record<OrderStatus, string> = {
  PENDING_PAYMENT: "badge badge-warn",
  CONFIRMED: "badge badge-info",
  PAID: "badge badge-info",
  SHIPPED: "badge badge-ok",
  DELIVERED: "badge badge-ok",
  CANCELLED: "badge",
  EXPIRED: "badge",
  REFUNDED: "badge badge-danger",
};

/** The order's state as text (colour only repeats it). */
export function OrderStatusBadge({ status }: { status: OrderStatus }) {
  const t = useTranslations("admin.orderStatus");
  return <span className={tone[status]}>{t(status)}</span>;
}
