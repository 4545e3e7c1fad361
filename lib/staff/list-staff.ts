import type { Db } from "@/lib/db";
import type { Role } from "@/lib/generated/prisma/client";

export interface StaffMember {
  id: string;
  name: string;
  email: string;
  role: Role;
  createdAt: Date;
  disabledAt: Date | null;
  twoFactorEnabledAt: Date | null;
}

/** Staff and administrators, administrators first; disabled accounts are listed too, so they can be enabled. */
export async function listStaff(db: Db): Promise<StaffMember[]> {
  return db.user.findMany({
    where: { role: { in: ["STAFF", "ADMIN"] } },
    orderBy: [{ role: "desc" }, { name: "asc" }, { id: "asc" }],
    take: 500,
    select: {
      id: true,
      name: true,
      email: true,
      role: true,
      createdAt: true,
      disabledAt: true,
      twoFactorEnabledAt: true,
    },
  });
}
