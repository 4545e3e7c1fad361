import type { ContactSubject } from "@/lib/generated/prisma/client";
import { contactSubjectLabels } from "./schemas";

/** What a message is about, in words, with its order number when it has one: "A return (NW-10023)". */
export function contactSubjectLine(message: { subject: ContactSubject; orderNumber: string | null }): string {
  const topic = contactSubjectLabels[message.subject];
  return message.orderNumber ? `${topic} (${message.orderNumber})` : topic;
}
