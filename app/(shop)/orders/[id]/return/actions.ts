"use server";

import { action } from "@/lib/http/action";
import { currentUserId } from "@/lib/http/shopper";
import { notFound, redirect, unstable_rethrow } from "next/navigation";
import { z } from "zod";
import { db } from "@/lib/db";
import { translator } from "@/lib/i18n/translator";
import type { FieldErrors } from "@/lib/errors";
import { localizedError, toAppError } from "@/lib/http/error-response";
import { type FormState, formValues } from "@/lib/http/form-state";
import { localeHref } from "@/lib/i18n/paths";
import { currentLanguage } from "@/lib/i18n/request-language";
import { translateServerText } from "@/lib/i18n/server-text";
import { describeError, log } from "@/lib/log";
import { orderTokenValid } from "@/lib/orders/order-link";
import { requestReturn } from "@/lib/returns/request-return";
import { safeString } from "@/lib/validation";

const formSchema = z.object({ orderId: z.uuid(), token: safeString().max(100) });
const QUANTITY_PREFIX = "qty-";

/**
 * The return form (useActionState): one number field per order line ("qty-<line id>", blank or 0 for none) and a
 * reason. It calls the same domain function as POST /api/orders/{id}/returns, which checks who may ask; errors on
 * lines come back next to that line's field.
 */
export const requestReturnAction = action(
  { auth: "public" },
  async (_caller, _state: FormState, formData: FormData): Promise<FormState> => {
    // Called by script with anything but a form: refused as input rather than failing to read it.
    const form: unknown = formData;
    const language = await currentLanguage();
    const t = translator(language);
    if (!(form instanceof FormData)) {
      return {
        status: "error",
        message: translateServerText("This form could not be read. Reload the page and try again.", language),
      };
    }
    const values = formValues(formData);
    const ids = formSchema.safeParse({ orderId: formData.get("orderId"), token: formData.get("token") ?? "" });
    if (!ids.success) notFound();
    const { orderId, token } = ids.data;

    const fields: FieldErrors = {};
    const lines: { orderLineId: string; quantity: number }[] = [];
    const fieldOfLine: string[] = [];
    for (const [key, value] of formData) {
      if (!key.startsWith(QUANTITY_PREFIX) || typeof value !== "string") continue;
      const text = value.trim();
      if (text === "" || text === "0") continue;
      if (!/^\d{1,5}$/.test(text)) {
        fields[key] = t("returns.wholeNumber");
        continue;
      }
      lines.push({ orderLineId: key.slice(QUANTITY_PREFIX.length), quantity: Number(text) });
      fieldOfLine.push(key);
    }
    if (Object.keys(fields).length > 0) return { status: "error", message: t("returns.correctFields"), fields, values };
    if (lines.length === 0) return { status: "error", message: t("returns.nothingChosen"), values };
    const reason = formData.get("reason");

    try {
      await requestReturn(db, { userId: await currentUserId(), linkValid: orderTokenValid(orderId, token) }, orderId, {
        lines,
        reason: typeof reason === "string" ? reason : undefined,
      });
    } catch (error) {
      unstable_rethrow(error);
      const appError = toAppError(error, language);
      if (appError.code === "not_found") notFound();
      if (appError.code === "internal") log.error("return request failed", describeError(error));
      const localized = localizedError(appError, language);
      // Field errors name lines by their place in the request ("lines.0.quantity"): put them on that line's field.
      const mapped: FieldErrors = {};
      let message = appError.code === "invalid_input" ? t("returns.correctFields") : localized.message;
      for (const [path, text] of Object.entries(localized.fields ?? {})) {
        const line = /^lines\.(\d+)\./.exec(path);
        const field = line ? fieldOfLine[Number(line[1])] : undefined;
        if (field) mapped[field] = text;
        else if (path === "reason") mapped.reason = text;
        else message = text;
      }
      return { status: "error", message, fields: mapped, values };
    }
    redirect(await localeHref(`/orders/${orderId}?token=${encodeURIComponent(token)}&return=requested#returns`));
  },
);
