import { randomUUID } from "node:crypto";
import { z } from "zod";
import type { Db } from "@/lib/db";
import type { StaffActor } from "@/lib/admin/staff-actor";
import { requireWrite } from "@/lib/admin/require-write";
import { recordAudit } from "@/lib/audit/record-audit";
import { AppError, notFound } from "@/lib/errors";
import type { ContactStatus, ContactSubject } from "@/lib/generated/prisma/client";
import { enqueueEmail } from "@/lib/mail/enqueue-email";
import type { ContactReplyInput } from "./admin-schemas";
import { defaultLanguage, isEnabledLanguage } from "@/lib/i18n/languages";
import { contactSubjectLineIn } from "./subject-line";

interface LockedMessage {
  id: string;
  name: string;
  email: string;
  subject: ContactSubject;
  orderNumber: string | null;
  message: string;
  status: ContactStatus;
  handledAt: Date | null;
  createdAt: Date;
  locale: string;
}

const deliverable = z.email();

/**
 * Answers a contact message by e-mail: in one transaction the reply is stored, the e-mail (quoting the message)
 * is queued in the outbox, and the message is marked handled. The outbox's dedupe key carries the form's
 * idempotency key, so submitting the same form twice sends one e-mail and stores one reply.
 */
export async function replyToContactMessage(
  db: Db,
  actor: StaffActor,
  input: ContactReplyInput,
): Promise<{ replyId: string; duplicate: boolean }> {
  requireWrite(actor);
  return db.$transaction(async (tx) => {
    // The row lock queues a double submit behind the first, which then finds its e-mail already queued.
    const [message] = await tx.$queryRaw<LockedMessage[]>`
      SELECT id, name, email, subject, "orderNumber", message, status, "handledAt", "createdAt", locale
      FROM contact_messages WHERE id = ${input.id}::uuid FOR UPDATE`;
    if (!message) throw notFound("The message was not found.");

    const dedupeKey = `contact-reply:${message.id}:${input.idempotencyKey}`;
    const queued = await tx.emailOutbox.findUnique({ where: { dedupeKey }, select: { payload: true } });
    if (queued) {
      const replyId = (queued.payload as { replyId?: unknown }).replyId;
      return { replyId: typeof replyId === "string" ? replyId : "", duplicate: true };
    }
    if (message.status === "SPAM") {
      throw new AppError("conflict", "This message is marked as spam. Mark it as new before replying.");
    }
    if (!deliverable.safeParse(message.email).success) {
      throw new AppError("conflict", "The sender's e-mail address cannot receive a reply.");
    }

    // The reply is framed in the language the visitor wrote in (staff write its body themselves).
    const language = isEnabledLanguage(message.locale) ? message.locale : defaultLanguage;
    const staff = await tx.user.findUnique({ where: { id: actor.userId }, select: { name: true } });
    const reply = await tx.contactReply.create({
      data: { id: randomUUID(), messageId: message.id, staffId: actor.userId, body: input.body },
      select: { id: true, createdAt: true },
    });
    await enqueueEmail(tx, {
      template: "contact-reply",
      to: message.email,
      payload: {
        messageId: message.id,
        replyId: reply.id,
        name: message.name,
        subject: contactSubjectLineIn(message, language),
        reply: input.body,
        original: message.message,
        originalSentAt: message.createdAt.toISOString(),
        ...(staff ? { staffName: staff.name } : {}),
        language,
      },
      dedupeKey,
    });

    const handledAt = message.status === "HANDLED" ? message.handledAt : reply.createdAt;
    if (message.status !== "HANDLED") {
      await tx.contactMessage.update({ where: { id: message.id }, data: { status: "HANDLED", handledAt } });
    }
    await recordAudit(tx, actor, {
      action: "contact_message.reply",
      entityType: "contact_message",
      entityId: message.id,
      before: { status: message.status, handledAt: message.handledAt },
      after: { status: "HANDLED", handledAt, replyId: reply.id, reply: input.body },
    });
    return { replyId: reply.id, duplicate: false };
  });
}
