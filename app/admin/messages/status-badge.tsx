import type { ContactStatus } from "@/lib/generated/prisma/client";

const badgeClass: Record<ContactStatus, string> = {
  NEW: "badge badge-warn",
  HANDLED: "badge badge-ok",
  SPAM: "badge badge-danger",
};

/** The status as a badge; `label` is its name in the page's language (adminSettings.messages.status.<status>). */
export function ContactStatusBadge({ status, label }: { status: ContactStatus; label: string }) {
  return <span className={badgeClass[status]}>{label}</span>;
}
