import type { Db } from "@/lib/db";
import { ADMIN_PAGE_SIZE, type ListPage, listPage } from "@/lib/admin/list-page";
import type { ContactStatus, ContactSubject } from "@/lib/generated/prisma/client";
import type { ContactListQuery } from "./admin-schemas";

export interface ContactMessageListItem {
  id: string;
  name: string;
  email: string;
  subject: ContactSubject;
  orderNumber: string | null;
  status: ContactStatus;
  spamScore: number;
  createdAt: Date;
  replyCount: number;
}

/** The contact inbox, newest first, optionally of one status. */
export async function listContactMessages(
  db: Db,
  query: ContactListQuery,
  pageSize = ADMIN_PAGE_SIZE,
): Promise<ListPage<ContactMessageListItem>> {
  const where = query.status === "ALL" ? {} : { status: query.status };
  const [rows, total] = await Promise.all([
    db.contactMessage.findMany({
      where,
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      skip: (query.page - 1) * pageSize,
      take: pageSize,
      select: {
        id: true,
        name: true,
        email: true,
        subject: true,
        orderNumber: true,
        status: true,
        spamScore: true,
        createdAt: true,
        _count: { select: { replies: true } },
      },
    }),
    db.contactMessage.count({ where }),
  ]);
  const items = rows.map(({ _count, ...row }) => ({ ...row, replyCount: _count.replies }));
  return listPage(items, total, query.page, pageSize);
}

/** How many messages of each status there are, for the inbox's filter links. */
export async function countContactMessages(db: Db): Promise<Record<ContactStatus, number>> {
  const groups = await db.contactMessage.groupBy({ by: ["status"], _count: { _all: true } });
  const counts: Record<ContactStatus, number> = { NEW: 0, HANDLED: 0, SPAM: 0 };
  for (const group of groups) counts[group.status] = group._count._all;
  return counts;
}
