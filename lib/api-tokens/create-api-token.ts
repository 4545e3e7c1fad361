import type { Db } from "@/lib/db";
import type { StaffActor } from "@/lib/admin/staff-actor";
import { recordAudit } from "@/lib/audit/record-audit";
import type { CreateApiTokenInput } from "./schemas";
import { displayPrefix, hashTokenSecret, newTokenSecret } from "./token-secret";
import { requireWrite } from "@/lib/admin/require-write";

const DAY_MS = 86_400_000;

/**
 * Creates a personal API token for the acting staff member and returns its secret, which is never stored and so
 * can be shown only this once. A token can do no more than its owner: a read token cannot write.
 */
export async function createApiToken(
  db: Db,
  actor: StaffActor,
  input: CreateApiTokenInput,
): Promise<{ id: string; secret: string }> {
  requireWrite(actor);
  const secret = newTokenSecret();
  const expiresAt = input.expiresInDays ? new Date(Date.now() + input.expiresInDays * DAY_MS) : null;
  return db.$transaction(async (tx) => {
    const token = await tx.apiToken.create({
      data: {
        userId: actor.userId,
        name: input.name,
        prefix: displayPrefix(secret),
        tokenHash: hashTokenSecret(secret),
        scope: input.scope,
        expiresAt,
      },
      select: { id: true, name: true, prefix: true, scope: true, expiresAt: true },
    });
    await recordAudit(tx, actor, {
      action: "api_token.create",
      entityType: "api_token",
      entityId: token.id,
      after: token,
    });
    return { id: token.id, secret };
  });
}
