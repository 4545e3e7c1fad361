"use server";

import { action } from "@/lib/http/action";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { addToCart } from "@/lib/cart/add-to-cart";
import { removeCartLine, updateCartLine } from "@/lib/cart/change-cart-line";
import { addCartLineSchema, cartLineParamsSchema, formQuantity } from "@/lib/cart/schemas";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { localeHref } from "@/lib/i18n/paths";
import { rememberCart } from "@/lib/http/shopper";

// Cart forms post here and land on the cart page, which says what happened: they work without JavaScript.
// The header's item count lives in the shared layout, so each change refreshes the layout too.

async function done(notice: string): Promise<never> {
  revalidatePath("/", "layout");
  redirect(await localeHref(`/cart?notice=${notice}`));
}

function noticeFor(error: unknown): string {
  if (error instanceof AppError) {
    if (error.code === "out_of_stock") return "out_of_stock";
    if (error.code === "not_found") return "unavailable";
    if (error.code === "invalid_input") return "invalid";
    if (error.code === "conflict") return "full";
  }
  throw error;
}

export const addToCartAction = action(
  { auth: "public", shopper: true },
  async ({ cart: ref }, formData: FormData): Promise<void> => {
    let notice = "added";
    const parsed = addCartLineSchema.safeParse({
      variantId: formData.get("variantId"),
      quantity: formQuantity.safeParse(formData.get("quantity") ?? "1").data ?? -1,
    });
    if (!parsed.success) {
      notice = "invalid";
    } else {
      try {
        const result = await addToCart(db, ref, parsed.data);
        await rememberCart(ref, result.cartId);
        if (result.capped) notice = "capped";
      } catch (error) {
        notice = noticeFor(error);
      }
    }
    await done(notice);
  },
);

export const updateCartLineAction = action(
  { auth: "public", shopper: true },
  async ({ cart }, formData: FormData): Promise<void> => {
    let notice = "updated";
    const line = cartLineParamsSchema.safeParse({ lineId: formData.get("lineId") });
    const quantity = formQuantity.safeParse(formData.get("quantity"));
    if (!line.success || !quantity.success) {
      notice = "invalid";
    } else {
      try {
        await updateCartLine(db, cart, line.data.lineId, quantity.data);
      } catch (error) {
        notice = noticeFor(error);
      }
    }
    await done(notice);
  },
);

export const removeCartLineAction = action(
  { auth: "public", shopper: true },
  async ({ cart }, formData: FormData): Promise<void> => {
    const line = cartLineParamsSchema.safeParse({ lineId: formData.get("lineId") });
    if (line.success) {
      try {
        await removeCartLine(db, cart, line.data.lineId);
      } catch (error) {
        noticeFor(error);
      }
    }
    await done("removed");
  },
);
