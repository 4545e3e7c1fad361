import type { Db } from "@/lib/db";
import { notFound } from "@/lib/errors";

export interface PasskeyView {
  id: string;
  name: string;
  createdAt: string;
  lastUsedAt: string | null;
}

export async function listPasskeys(db: Db, userId: string): Promise<PasskeyView[]> {
  const passkeys = await db.passkey.findMany({
    where: { userId },
    orderBy: { createdAt: "asc" },
    select: { id: true, name: true, createdAt: true, lastUsedAt: true },
  });
  return passkeys.map((p) => ({
    id: p.id,
    name: p.name,
    createdAt: p.createdAt.toISOString(),
    lastUsedAt: p.lastUsedAt?.toISOString() ?? null,
  }));
}

/** Renames one of the account's own passkeys (another account's is "not found"). */
export async function renamePasskey(db: Db, userId: string, id: string, name: string): Promise<void> {
  const { count } = await db.passkey.updateMany({ where: { id, userId }, data: { name } });
  if (count === 0) throw notFound("The passkey was not found.");
}

export async function removePasskey(db: Db, userId: string, id: string): Promise<void> {
  const { count } = await db.passkey.deleteMany({ where: { id, userId } });
  if (count === 0) throw notFound("The passkey was not found.");
}
