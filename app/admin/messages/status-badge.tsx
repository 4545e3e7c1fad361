import type { ContactStatus } from "@/lib/generated/prisma/client";
import { contactStatusLabels } from "@/lib/contact/admin-schemas";

const badgeClass: Record<ContactStatus, string> = {
  NEW: "badge badge-warn",
  HANDLED: "badge badge-ok",
  SPAM: "badge badge-danger",
};

export function ContactStatusBadge({ status }: { status: ContactStatus }) {
  return <span className={badgeClass[status]}>{contactStatusLabels[status]}</span>;
}
