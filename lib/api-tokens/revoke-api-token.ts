import type { Db } from "@/lib/db";
import type { StaffActor } from "@/lib/admin/staff-actor";
import { notFound } from "@/lib/errors";
import { recordAudit } from "@/lib/audit/record-audit";
import { requireWrite } from "@/lib/admin/require-write";

/** Staff revoke their own tokens; administrators may revoke anyone's. Revoking twice is harmless. */
export async function revokeApiToken(db: Db, actor: StaffActor, tokenId: string): Promise<void> {
  requireWrite(actor);
  await db.$transaction(async (tx) => {
    const token = await tx.apiToken.findUnique({
      where: { id: tokenId },
      select: { id: true, userId: true, name: true, revokedAt: true },
    });
    if (!token || (token.userId !== actor.userId && actor.role !== "ADMIN")) throw notFound("The token was not found.");
    if (token.revokedAt) return;
    const revokedAt = new Date();
    await tx.apiToken.update({ where: { id: tokenId }, data: { revokedAt } });
    await recordAudit(tx, actor, {
      action: "api_token.revoke",
      entityType: "api_token",
      entityId: tokenId,
      before: { name: token.name, revokedAt: null },
      after: { name: token.name, revokedAt },
    });
  });
}
