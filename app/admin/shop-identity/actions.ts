"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { db } from "@/lib/db";
import type { FormState } from "@/lib/http/form-state";
import { staffFormAction } from "@/lib/http/staff-action";
import { localeHref } from "@/lib/i18n/paths";
import { shopIdentityInputSchema } from "@/lib/shop/schemas";
import { updateShopIdentity } from "@/lib/shop/update-shop-identity";

// Staff role checked before the form is read; one domain function; back to the page with a fixed notice.
export async function saveShopIdentityAction(_state: FormState, formData: FormData): Promise<FormState> {
  return staffFormAction(shopIdentityInputSchema, formData, async (input, actor) => {
    await updateShopIdentity(db, actor, input);
    revalidatePath("/", "layout");
    redirect(await localeHref("/admin/shop-identity?notice=saved"));
  });
}
