import { getTranslations } from "next-intl/server";
import type { ContactSubject } from "@/lib/generated/prisma/client";

/** A message's topic in the page's language, with its order number: "A return (NW-10023)". */
export async function messageSubjectLine(): Promise<
  (message: { subject: ContactSubject; orderNumber: string | null }) => string
> {
  const t = await getTranslations("adminSettings.messages");
  return (message) => {
    const topic = t(`subject.${message.subject}`);
    return message.orderNumber ? `${topic} (${message.orderNumber})` : topic;
  };
}
