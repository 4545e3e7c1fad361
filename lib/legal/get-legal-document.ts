import type { Db, Tx } from "@/lib/db";
import type { LegalDocumentKind } from "@/lib/generated/prisma/client";

export interface LegalVersion {
  id: string;
  kind: LegalDocumentKind;
  version: number;
  title: string;
  body: string;
  publishedAt: Date;
}

const SELECT = { id: true, kind: true, version: true, title: true, body: true, publishedAt: true } as const;

/** The version in force: the highest published one. Null while the shop has published none of this kind. */
export function currentLegalVersion(db: Db | Tx, kind: LegalDocumentKind): Promise<LegalVersion | null> {
  return db.legalDocumentVersion.findFirst({ where: { kind }, orderBy: { version: "desc" }, select: SELECT });
}

export function legalVersion(db: Db | Tx, kind: LegalDocumentKind, version: number): Promise<LegalVersion | null> {
  return db.legalDocumentVersion.findUnique({ where: { kind_version: { kind, version } }, select: SELECT });
}

/** Every version of a kind, newest first, without the texts. */
export function listLegalVersions(
  db: Db | Tx,
  kind: LegalDocumentKind,
): Promise<{ id: string; version: number; title: string; publishedAt: Date; publishedBy: string | null }[]> {
  return db.legalDocumentVersion.findMany({
    where: { kind },
    orderBy: { version: "desc" },
    select: { id: true, version: true, title: true, publishedAt: true, publishedBy: true },
  });
}

/** The version in force of each kind (for the admin overview); kinds never published are missing. */
export async function currentLegalVersions(
  db: Db | Tx,
): Promise<Map<LegalDocumentKind, { version: number; title: string; publishedAt: Date }>> {
  const rows = await db.legalDocumentVersion.findMany({
    distinct: ["kind"],
    orderBy: [{ kind: "asc" }, { version: "desc" }],
    select: { kind: true, version: true, title: true, publishedAt: true },
  });
  return new Map(rows.map((r) => [r.kind, r]));
}
