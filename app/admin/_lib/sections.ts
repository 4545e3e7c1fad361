import type { Role } from "@/lib/generated/prisma/client";

/** The admin area's sections, in navigation order; the navigation shows only those the role may use. */
export const adminSections = [
  { href: "/admin", label: "Dashboard", adminOnly: false },
  { href: "/admin/orders", label: "Orders", adminOnly: false },
  { href: "/admin/returns", label: "Returns", adminOnly: false },
  { href: "/admin/bank-statements", label: "Bank statements", adminOnly: false },
  { href: "/admin/products", label: "Products", adminOnly: false },
  { href: "/admin/categories", label: "Categories", adminOnly: false },
  { href: "/admin/import", label: "Import", adminOnly: false },
  { href: "/admin/translations", label: "Translations", adminOnly: false },
  { href: "/admin/customers", label: "Customers", adminOnly: false },
  { href: "/admin/messages", label: "Messages", adminOnly: false },
  { href: "/admin/discounts", label: "Discounts", adminOnly: false },
  { href: "/admin/delivery", label: "Delivery", adminOnly: false },
  { href: "/admin/payments", label: "Payments", adminOnly: false },
  { href: "/admin/legal", label: "Legal pages", adminOnly: false },
  { href: "/admin/shop-identity", label: "Shop identity", adminOnly: false },
  { href: "/admin/feeds", label: "Product feeds", adminOnly: false },
  { href: "/admin/accounting", label: "Accounting export", adminOnly: false },
  { href: "/admin/mailbox", label: "Mailbox", adminOnly: false },
  { href: "/admin/audit", label: "Audit log", adminOnly: false },
  { href: "/admin/tokens", label: "API tokens", adminOnly: false },
  { href: "/admin/staff", label: "Staff", adminOnly: true },
  { href: "/admin/webhooks", label: "Webhooks", adminOnly: true },
] as const;

export function sectionsFor(role: Role) {
  return adminSections.filter((section) => !section.adminOnly || role === "ADMIN");
}
