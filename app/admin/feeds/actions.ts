"use server";

import { revalidatePath } from "next/cache";
import { db } from "@/lib/db";
import { setCategoryFeedTextSchema, setProductExportedSchema } from "@/lib/feeds/schemas";
import { setCategoryFeedText } from "@/lib/feeds/set-category-feed-text";
import { setProductExported } from "@/lib/feeds/set-product-exported";
import { action } from "@/lib/http/action";
import { currentLanguage } from "@/lib/i18n/request-language";
import { translator } from "@/lib/i18n/translator";

export const setProductExportedAction = action(
  { schema: setProductExportedSchema, auth: "staff" },
  async (input, { actor }) => {
    await setProductExported(db, actor, input);
    revalidatePath("/admin/feeds");
    const t = translator(await currentLanguage());
    return {
      status: "success",
      message: input.exported ? t("admin.feeds.exportedNotice") : t("admin.feeds.keptOutNotice"),
    };
  },
);

export const setCategoryFeedTextAction = action(
  { schema: setCategoryFeedTextSchema, auth: "staff" },
  async (input, { actor }) => {
    await setCategoryFeedText(db, actor, input);
    revalidatePath("/admin/feeds");
    const t = translator(await currentLanguage());
    return { status: "success", message: input.text ? t("admin.feeds.savedNotice") : t("admin.feeds.removedNotice") };
  },
);
