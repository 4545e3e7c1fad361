"use server";

import { action } from "@/lib/http/action";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { checkoutOrder } from "@/lib/checkout/checkout-order";
import { quoteCheckout } from "@/lib/checkout/quote-checkout";
import { checkoutDetailsSchema, checkoutFromForm, checkoutSchema } from "@/lib/checkout/schemas";
import { db } from "@/lib/db";
import { translator } from "@/lib/i18n/translator";
import { getShopSettings } from "@/lib/delivery/settings-cache";
import { clientAddress } from "@/lib/http/client-address";
import { localizedError, toAppError } from "@/lib/http/error-response";
import { requestHeaders } from "@/lib/http/request-cookies";
import { currentLanguage } from "@/lib/i18n/request-language";
import { translateZodIssue } from "@/lib/i18n/server-text";
import { fieldErrorsFromZod } from "@/lib/validation";
import { localizedReturnPath } from "@/app/(account)/return-path";
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

export const checkoutAction = action(
  { auth: "public", shopper: true },
  async ({ cart: ref }, _previous: CheckoutFormState, formData: FormData): Promise<CheckoutFormState> => {
    const values = Object.fromEntries(
      FIELDS.map((f) => {
        const value = formData.get(f);
        return [f, typeof value === "string" ? value.slice(0, 300) : ""];
      }),
    );
    const language = await currentLanguage();
    const t = translator(language);
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
        message: t("checkout.checkHighlighted"),
        fields: flatten(fieldErrorsFromZod(parsed.error, (issue) => translateZodIssue(issue, language))),
        values,
      };
    }
    let destination: string;
    try {
      if (!placing) {
        const { delivery, ...quote } = await quoteCheckout(db, ref, parsed.data, language);
        return {
          status: "review",
          values,
          quote: {
            ...quote,
            deliveryName: delivery.methodName,
            paymentName: t(`checkout.paymentMethod.${delivery.paymentMethod}`),
          },
        };
      }
      const result = await checkoutOrder(db, {
        ref,
        checkout: checkoutSchema.parse(parsed.data),
        clientAddress: clientAddress(await requestHeaders()),
        language,
      });
      destination =
        result.paymentUrl ?? (result.paymentError ? `${result.orderUrl}&payment=unavailable` : result.orderUrl);
    } catch (error) {
      const appError = toAppError(error, language);
      if (appError.code === "internal") throw error;
      const { message, fields } = localizedError(appError, language);
      return { status: "error", message, ...(fields ? { fields: flatten(fields) } : {}), values };
    }
    // The cart is now empty: refresh the header's count.
    revalidatePath("/", "layout");
    // The built-in test provider's page and the order page are the shop's own: they stay in the shopper's language.
    redirect(destination.startsWith("/") ? await localizedReturnPath(destination) : destination);
  },
);
