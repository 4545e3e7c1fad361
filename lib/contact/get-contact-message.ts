import type { Db } from "@/lib/db";
import { notFound } from "@/lib/errors";
import type { ContactStatus, ContactSubject } from "@/lib/generated/prisma/client";

export interface ContactMessageDetail {
  id: string;
  name: string;
  email: string;
  subject: ContactSubject;
  orderNumber: string | null;
  message: string;
  status: ContactStatus;
  spamScore: number;
  spamReasons: string[];
  handledAt: Date | null;
  createdAt: Date;
  /** Other messages from the same client address (compared by its keyed hash; the address is never stored). */
  otherFromSameAddress: number;
  replies: { id: string; body: string; createdAt: Date; staffName: string | null }[];
}

export async function getContactMessage(db: Db, id: string): Promise<ContactMessageDetail> {
  const message = await db.contactMessage.findUnique({
    where: { id },
    select: {
      id: true,
      name: true,
      email: true,
      subject: true,
      orderNumber: true,
      message: true,
      status: true,
      spamScore: true,
      spamReasons: true,
      handledAt: true,
      createdAt: true,
      clientAddressHash: true,
      replies: {
        orderBy: { createdAt: "asc" },
        select: { id: true, body: true, createdAt: true, staffId: true },
      },
    },
  });
  if (!message) throw notFound("The message was not found.");
  const { clientAddressHash, replies, ...rest } = message;
  const staffIds = [...new Set(replies.map((r) => r.staffId).filter((v): v is string => v !== null))];
  const [otherFromSameAddress, staff] = await Promise.all([
    db.contactMessage.count({ where: { clientAddressHash, id: { not: id } } }),
    staffIds.length > 0
      ? db.user.findMany({ where: { id: { in: staffIds } }, select: { id: true, name: true } })
      : Promise.resolve([]),
  ]);
  const nameOf = new Map(staff.map((s) => [s.id, s.name]));
  return {
    ...rest,
    otherFromSameAddress,
    replies: replies.map(({ staffId, ...reply }) => ({
      ...reply,
      staffName: staffId ? (nameOf.get(staffId) ?? null) : null,
    })),
  };
}
