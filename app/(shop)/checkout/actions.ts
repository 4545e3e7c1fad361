"use server";

import { requestHeaders } from "@/lib/http/request-cookies";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { checkoutOrder } from "@/lib/checkout/checkout-order";
import { quoteCheckout } from "@/lib/checkout/quote-checkout";
import { checkoutDetailsSchema, checkoutFromForm, checkoutSchema } from "@/lib/checkout/schemas";
import { db } from "@/lib/db";
import { getShopSettings } from "@/lib/delivery/settings-cache";
import { clientAddress } from "@/lib/http/client-address";
import { toAppError } from "@/lib/http/error-response";
import { currentCartRef } from "@/lib/http/shopper";
import { currentLanguage } from "@/lib/i18n/request-language";
import { paymentMethodNames } from "@/lib/payments/offered-payment-methods";
import { fieldErrorsFromZod } from "@/lib/validation";
import type { CheckoutFormState } from "./state";

const FIELDS = [
  "email",
  "name",
  "line1",
  "line2",
  "city",
  "postalCode",
  "country",
  "phone",
  "shippingMethodId",
  "pickupLocationId",
  "paymentMethod",
  "discountCode",
  "idempotencyKey",
  "asCompany",
  "companyName",
  "companyRegistrationNumber",
  "companyVatId",
  "separateBilling",
  "billingName",
  "billingLine1",
  "billingLine2",
  "billingCity",
  "billingPostalCode",
  "billingCountry",
  "termsAccepted",
];

const FORM_NAMES: Record<string, string> = {
  "company.name": "companyName",
  "company.registrationNumber": "companyRegistrationNumber",
  "company.vatId": "companyVatId",
  "billingAddress.name": "billingName",
  "billingAddress.line1": "billingLine1",
  "billingAddress.line2": "billingLine2",
  "billingAddress.city": "billingCity",
  "billingAddress.postalCode": "billingPostalCode",
  "billingAddress.country": "billingCountry",
};

/** Nested schema paths → the flat form field names. */
function flatten(fields: Record<string, string>): Record<string, string> {
  return Object.fromEntries(
    Object.entries(fields).map(([key, message]) => [
      FORM_NAMES[key] ?? key.replace(/^(shippingAddress|recipient)\./, ""),
      message,
    ]),
  );
}

export async function checkoutAction(_previous: CheckoutFormState, formData: FormData): Promise<CheckoutFormState> {
  const values = Object.fromEntries(
    FIELDS.map((f) => {
      const value = formData.get(f);
      return [f, typeof value === "string" ? value.slice(0, 300) : ""];
    }),
  );
  const methodId = formData.get("shippingMethodId");
  const method = (await getShopSettings()).methods.find((m) => m.id === methodId);
  // Reviewing prices the details; only placing the order needs the terms accepted.
  const placing = formData.get("intent") === "place";
  const parsed = (placing ? checkoutSchema : checkoutDetailsSchema).safeParse(
    checkoutFromForm(formData, method ? method.kind === "HOME_DELIVERY" : undefined),
  );
  if (!parsed.success) {
    return {
      status: "error",
      message: "Please check the highlighted fields.",
      fields: flatten(fieldErrorsFromZod(parsed.error)),
      values,
    };
  }
  const ref = await currentCartRef();
  let destination: string;
  try {
    if (!placing) {
      const { delivery, ...quote } = await quoteCheckout(db, ref, parsed.data);
      return {
        status: "review",
        values,
        quote: { ...quote, deliveryName: delivery.methodName, paymentName: paymentMethodNames[delivery.paymentMethod] },
      };
    }
    const result = await checkoutOrder(db, {
      ref,
      checkout: checkoutSchema.parse(parsed.data),
      clientAddress: clientAddress(await requestHeaders()),
      language: await currentLanguage(),
    });
    destination =
      result.paymentUrl ?? (result.paymentError ? `${result.orderUrl}&payment=unavailable` : result.orderUrl);
  } catch (error) {
    const appError = toAppError(error);
    if (appError.code === "internal") throw error;
    return {
      status: "error",
      message: appError.message,
      ...(appError.details.fields ? { fields: flatten(appError.details.fields) } : {}),
      values,
    };
  }
  // The cart is now empty: refresh the header's count.
  revalidatePath("/", "layout");
  redirect(destination);
}
