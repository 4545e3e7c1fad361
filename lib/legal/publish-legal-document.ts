import type { Db } from "@/lib/db";
import type { StaffActor } from "@/lib/admin/staff-actor";
import { requireWrite } from "@/lib/admin/require-write";
import { recordAudit } from "@/lib/audit/record-audit";
import { CATALOG_CHANNEL } from "@/lib/catalog/cache";
import { isUniqueViolation } from "@/lib/db/errors";
import { AppError } from "@/lib/errors";
import type { PublishLegalDocumentInput } from "./schemas";

const RACED = "Another version was published meanwhile. Reload the page and check it before publishing yours.";

/**
 * Publishes a new version of a legal page; it is in force at once and the earlier ones stay readable at their own
 * addresses. `baseVersion` is the version the editor started from (0 for none): if someone published since, the
 * edit is refused rather than silently replacing their text. Publishing the text in force unchanged is refused too.
 */
export async function publishLegalDocument(
  db: Db,
  actor: StaffActor,
  input: PublishLegalDocumentInput & { baseVersion: number },
): Promise<{ id: string; version: number }> {
  requireWrite(actor);
  try {
    return await db.$transaction(async (tx) => {
      const current = await tx.legalDocumentVersion.findFirst({
        where: { kind: input.kind },
        orderBy: { version: "desc" },
        select: { id: true, version: true, title: true, body: true },
      });
      const currentNumber = current?.version ?? 0;
      if (currentNumber !== input.baseVersion) throw new AppError("conflict", RACED);
      if (current && current.title === input.title && current.body === input.body) {
        const same = `This is the text of version ${current.version}, already in force: change something first.`;
        throw new AppError("invalid_input", same, { fields: { body: same } });
      }
      const created = await tx.legalDocumentVersion.create({
        data: {
          kind: input.kind,
          version: currentNumber + 1,
          title: input.title,
          body: input.body,
          publishedBy: actor.email,
        },
        select: { id: true, kind: true, version: true, title: true, publishedAt: true },
      });
      await recordAudit(tx, actor, {
        action: "legal_document.publish",
        entityType: "legal_document",
        entityId: created.id,
        before: current ? { version: current.version, title: current.title, body: current.body } : undefined,
        after: { ...created, body: input.body },
      });
      // Legal pages may be kept by the page cache (lib/runtime/page-cache.ts), which drops every page that is not a
      // product's on any notification of this channel: every instance shows the new version as soon as it commits.
      await tx.$executeRaw`SELECT pg_notify(${CATALOG_CHANNEL}, ${`legal:${input.kind}`})`;
      return { id: created.id, version: created.version };
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw new AppError("conflict", RACED);
    throw error;
  }
}
