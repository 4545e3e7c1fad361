import type { Db } from "@/lib/db";
import type { StaffActor } from "@/lib/admin/staff-actor";
import { AppError } from "@/lib/errors";
import { hashTokenSecret, looksLikeToken } from "./token-secret";

const LAST_USED_RESOLUTION_MS = 60_000;

/**
 * The staff actor behind a bearer token. Unknown, revoked or expired tokens, and tokens whose owner is no longer
 * active staff, all get the same 401 so a caller learns nothing about which it was.
 */
export async function authenticateApiToken(db: Db, secret: string, requestId?: string): Promise<StaffActor> {
  const rejected = new AppError("unauthenticated", "The API token is not valid.");
  if (!looksLikeToken(secret)) throw rejected;
  const token = await db.apiToken.findUnique({
    where: { tokenHash: hashTokenSecret(secret) },
    select: {
      id: true,
      scope: true,
      revokedAt: true,
      expiresAt: true,
      lastUsedAt: true,
      user: { select: { id: true, email: true, role: true, disabledAt: true } },
    },
  });
  const now = new Date();
  if (!token || token.revokedAt || (token.expiresAt && token.expiresAt <= now)) throw rejected;
  const { user } = token;
  if (user.disabledAt || (user.role !== "STAFF" && user.role !== "ADMIN")) throw rejected;
  // Recording every use would turn each read into a write; a minute's precision is what people look for.
  if (!token.lastUsedAt || now.getTime() - token.lastUsedAt.getTime() > LAST_USED_RESOLUTION_MS) {
    await db.apiToken.update({ where: { id: token.id }, data: { lastUsedAt: now } });
  }
  return {
    userId: user.id,
    email: user.email,
    role: user.role,
    via: `token:${token.id}`,
    scope: token.scope,
    ...(requestId ? { requestId } : {}),
  };
}
