import type { ContactSubject } from "@/lib/generated/prisma/client";
import { translator } from "@/lib/i18n/translator";
import { contactSubjectLabels } from "./schemas";

/** What a message is about, in words, with its order number when it has one: "A return (NW-10023)". */
export function contactSubjectLine(message: { subject: ContactSubject; orderNumber: string | null }): string {
  const topic = contactSubjectLabels[message.subject];
  return message.orderNumber ? `${topic} (${message.orderNumber})` : topic;
}

/** The same in a given language (for the e-mails to the visitor, in the language they wrote in). */
export function contactSubjectLineIn(
  message: { subject: ContactSubject; orderNumber: string | null },
  language: string,
): string {
  const topic = translator(language)(`email.contactTopics.${message.subject}`);
  return message.orderNumber ? `${topic} (${message.orderNumber})` : topic;
}
