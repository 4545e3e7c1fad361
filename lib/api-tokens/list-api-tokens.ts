import type { Db } from "@/lib/db";
import type { StaffActor } from "@/lib/admin/staff-actor";
import type { ApiTokenScope } from "@/lib/generated/prisma/client";

export interface ApiTokenListItem {
  id: string;
  name: string;
  /** The token's first characters, to recognise it; never enough to use it. */
  prefix: string;
  scope: ApiTokenScope;
  createdAt: Date;
  lastUsedAt: Date | null;
  expiresAt: Date | null;
  revokedAt: Date | null;
  owner: { id: string; name: string; email: string };
}

/** Staff see their own tokens; administrators see everyone's. Newest first; the hash is never selected. */
export async function listApiTokens(db: Db, actor: StaffActor): Promise<ApiTokenListItem[]> {
  return db.apiToken
    .findMany({
      where: actor.role === "ADMIN" ? {} : { userId: actor.userId },
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      take: 500,
      select: {
        id: true,
        name: true,
        prefix: true,
        scope: true,
        createdAt: true,
        lastUsedAt: true,
        expiresAt: true,
        revokedAt: true,
        user: { select: { id: true, name: true, email: true } },
      },
    })
    .then((rows) => rows.map(({ user, ...row }) => ({ ...row, owner: user })));
}
