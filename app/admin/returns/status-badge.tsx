import type { ReturnStatus } from "@/lib/generated/prisma/client";
import { returnStatusLabels } from "@/lib/returns/lock-return";

const tone: Record<ReturnStatus, string> = {
  REQUESTED: "badge badge-warn",
  APPROVED: "badge badge-info",
  REJECTED: "badge",
  RECEIVED: "badge badge-info",
  REFUNDED: "badge badge-ok",
};

/** The return's state as text (colour only repeats it). */
export function ReturnStatusBadge({ status }: { status: ReturnStatus }) {
  return <span className={tone[status]}>{returnStatusLabels[status]}</span>;
}
