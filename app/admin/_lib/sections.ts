import type { Role } from "@/lib/generated/prisma/client";

/**
 * The admin area's sections, in navigation order; the navigation shows only those the role may use. Each label is
 * the catalog's admin.nav.<key>.
 */
export const adminSections = [
  { href: "/admin", key: "dashboard", adminOnly: false },
  { href: "/admin/orders", key: "orders", adminOnly: false },
  { href: "/admin/returns", key: "returns", adminOnly: false },
  { href: "/admin/bank-statements", key: "bankStatements", adminOnly: false },
  { href: "/admin/products", key: "products", adminOnly: false },
  { href: "/admin/categories", key: "categories", adminOnly: false },
  { href: "/admin/import", key: "import", adminOnly: false },
  { href: "/admin/translations", key: "translations", adminOnly: false },
  { href: "/admin/customers", key: "customers", adminOnly: false },
  { href: "/admin/messages", key: "messages", adminOnly: false },
  { href: "/admin/discounts", key: "discounts", adminOnly: false },
  { href: "/admin/delivery", key: "delivery", adminOnly: false },
  { href: "/admin/payments", key: "payments", adminOnly: false },
  { href: "/admin/legal", key: "legal", adminOnly: false },
  { href: "/admin/shop-identity", key: "shopIdentity", adminOnly: false },
  { href: "/admin/feeds", key: "feeds", adminOnly: false },
  { href: "/admin/accounting", key: "accounting", adminOnly: false },
  { href: "/admin/mailbox", key: "mailbox", adminOnly: false },
  { href: "/admin/audit", key: "audit", adminOnly: false },
  { href: "/admin/tokens", key: "tokens", adminOnly: false },
  { href: "/admin/staff", key: "staff", adminOnly: true },
  { href: "/admin/webhooks", key: "webhooks", adminOnly: true },
] as const;

export function sectionsFor(role: Role) {
  return adminSections.filter((section) => !section.adminOnly || role === "ADMIN");
}
