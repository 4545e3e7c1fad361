// The roles an account can have, in words. Kept apart from the schemas so client components can import it.

export const roles = ["CUSTOMER", "STAFF", "ADMIN"] as const;
export type RoleValue = (typeof roles)[number];

export const roleLabels: Record<RoleValue, string> = {
  CUSTOMER: "Customer",
  STAFF: "Staff",
  ADMIN: "Administrator",
};
