"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { db } from "@/lib/db";
import { contactReplySchema, setContactStatusSchema } from "@/lib/contact/admin-schemas";
import { replyToContactMessage } from "@/lib/contact/reply-to-contact-message";
import { setContactMessageStatus } from "@/lib/contact/set-contact-message-status";
import { action } from "@/lib/http/action";
import { localeHref } from "@/lib/i18n/paths";
import { currentLanguage } from "@/lib/i18n/request-language";
import { translator } from "@/lib/i18n/translator";

export const setContactStatusAction = action(
  { schema: setContactStatusSchema, auth: "staff" },
  async (input, { actor }) => {
    await setContactMessageStatus(db, actor, input);
    revalidatePath("/admin/messages");
    revalidatePath(`/admin/messages/${input.id}`);
    const t = translator(await currentLanguage());
    return { status: "success", message: t(`adminSettings.messages.marked.${input.status}`) };
  },
);

export const replyToMessageAction = action({ schema: contactReplySchema, auth: "staff" }, async (input, { actor }) => {
  await replyToContactMessage(db, actor, input);
  revalidatePath("/admin/messages");
  // A fresh page: the reply listed, a new form with a new idempotency key.
  redirect(await localeHref(`/admin/messages/${input.id}?notice=replied`));
});
