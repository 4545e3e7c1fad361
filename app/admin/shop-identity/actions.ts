"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { db } from "@/lib/db";
import { action } from "@/lib/http/action";
import { localeHref } from "@/lib/i18n/paths";
import { shopIdentityInputSchema } from "@/lib/shop/schemas";
import { updateShopIdentity } from "@/lib/shop/update-shop-identity";

// Staff role checked before the form is read; one domain function; back to the page with a fixed notice.
export const saveShopIdentityAction = action(
  { schema: shopIdentityInputSchema, auth: "staff" },
  async (input, { actor }) => {
    await updateShopIdentity(db, actor, input);
    revalidatePath("/", "layout");
    redirect(await localeHref("/admin/shop-identity?notice=saved"));
  },
);
