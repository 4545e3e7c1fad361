"use server";

import { revalidatePath } from "next/cache";
import { db } from "@/lib/db";
import { setCategoryFeedTextSchema, setProductExportedSchema } from "@/lib/feeds/schemas";
import { setCategoryFeedText } from "@/lib/feeds/set-category-feed-text";
import { setProductExported } from "@/lib/feeds/set-product-exported";
import type { FormState } from "@/lib/http/form-state";
import { staffFormAction } from "@/lib/http/staff-action";

export async function setProductExportedAction(_state: FormState, formData: FormData): Promise<FormState> {
  return staffFormAction(setProductExportedSchema, formData, async (input, actor) => {
    await setProductExported(db, actor, input);
    revalidatePath("/admin/feeds");
    return { status: "success", message: input.exported ? "Exported." : "Kept out of the feeds." };
  });
}

export async function setCategoryFeedTextAction(_state: FormState, formData: FormData): Promise<FormState> {
  return staffFormAction(setCategoryFeedTextSchema, formData, async (input, actor) => {
    await setCategoryFeedText(db, actor, input);
    revalidatePath("/admin/feeds");
    return { status: "success", message: input.text ? "Saved." : "Removed; the category's name is used." };
  });
}
