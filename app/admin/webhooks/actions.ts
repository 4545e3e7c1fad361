"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { db } from "@/lib/db";
import type { FormState } from "@/lib/http/form-state";
import { staffFormAction } from "@/lib/http/staff-action";
import { localeHref } from "@/lib/i18n/paths";
import { currentLanguage } from "@/lib/i18n/request-language";
import { translateServerText } from "@/lib/i18n/server-text";
import { type Translator, translator } from "@/lib/i18n/translator";
import { createWebhookEndpoint } from "@/lib/webhooks/create-webhook-endpoint";
import { redeliverWebhook } from "@/lib/webhooks/redeliver-webhook";
import { rotateWebhookSecret } from "@/lib/webhooks/rotate-webhook-secret";
import { sendTestWebhook } from "@/lib/webhooks/send-test-webhook";
import { deleteWebhookEndpoint, updateWebhookEndpoint } from "@/lib/webhooks/update-webhook-endpoint";
import {
  redeliverFormSchema,
  rotateFormSchema,
  webhookActiveFormSchema,
  webhookFormSchema,
  webhookIdFormSchema,
} from "./form-schemas";

// Administrators only: each action checks the role before it reads the form, and the domain functions check again.
const adminOnly = { adminOnly: true };

/** The words of the page the form was sent from. */
const words = async (): Promise<Translator> => translator(await currentLanguage());

/** After creating an endpoint or rotating its secret: the secret, which exists only in this one response. */
export type SecretFormState = FormState & { secret?: string };

export async function createWebhookAction(_state: SecretFormState, formData: FormData): Promise<SecretFormState> {
  let secret: string | undefined;
  let id = "";
  const state = await staffFormAction(
    webhookFormSchema,
    formData,
    async (input, actor) => {
      const created = await createWebhookEndpoint(db, actor, input);
      secret = created.secret;
      id = created.endpoint.id;
      revalidatePath("/admin/webhooks");
      const t = await words();
      return {
        status: "success",
        message: t("admin.webhooks.registered", { url: created.endpoint.url }),
        values: { id },
      };
    },
    adminOnly,
  );
  return secret ? { ...state, secret } : state;
}

export async function updateWebhookAction(_state: FormState, formData: FormData): Promise<FormState> {
  const id = formData.get("id");
  return staffFormAction(
    webhookFormSchema,
    formData,
    async (input, actor) => {
      if (typeof id !== "string")
        return { status: "error", message: translateServerText("Unknown webhook endpoint.", await currentLanguage()) };
      const parsedId = webhookIdFormSchema.parse({ id });
      await updateWebhookEndpoint(db, actor, parsedId.id, { ...input, description: input.description ?? "" });
      revalidatePath(`/admin/webhooks/${parsedId.id}`);
      return { status: "success", message: (await words())("admin.webhooks.saved") };
    },
    adminOnly,
  );
}

export async function setWebhookActiveAction(_state: FormState, formData: FormData): Promise<FormState> {
  return staffFormAction(
    webhookActiveFormSchema,
    formData,
    async (input, actor) => {
      await updateWebhookEndpoint(db, actor, input.id, { active: input.active === "on" });
      revalidatePath(`/admin/webhooks/${input.id}`);
      const t = await words();
      return {
        status: "success",
        message: input.active === "on" ? t("admin.webhooks.turnedOn") : t("admin.webhooks.turnedOff"),
      };
    },
    adminOnly,
  );
}

export async function deleteWebhookAction(_state: FormState, formData: FormData): Promise<FormState> {
  const state = await staffFormAction(
    webhookIdFormSchema,
    formData,
    async (input, actor) => {
      await deleteWebhookEndpoint(db, actor, input.id);
      revalidatePath("/admin/webhooks");
    },
    adminOnly,
  );
  if (state.status === "success") redirect(await localeHref("/admin/webhooks?notice=deleted"));
  return state;
}

export async function sendTestWebhookAction(_state: FormState, formData: FormData): Promise<FormState> {
  return staffFormAction(
    webhookIdFormSchema,
    formData,
    async (input, actor) => {
      await sendTestWebhook(db, actor, input.id);
      revalidatePath(`/admin/webhooks/${input.id}`);
      return { status: "success", message: (await words())("admin.webhooks.testQueued") };
    },
    adminOnly,
  );
}

export async function redeliverWebhookAction(_state: FormState, formData: FormData): Promise<FormState> {
  return staffFormAction(
    redeliverFormSchema,
    formData,
    async (input, actor) => {
      await redeliverWebhook(db, actor, input.id, input.deliveryId);
      revalidatePath(`/admin/webhooks/${input.id}`);
      return { status: "success", message: (await words())("admin.webhooks.queuedAgain") };
    },
    adminOnly,
  );
}

export async function rotateWebhookSecretAction(_state: SecretFormState, formData: FormData): Promise<SecretFormState> {
  let secret: string | undefined;
  const state = await staffFormAction(
    rotateFormSchema,
    formData,
    async (input, actor) => {
      const rotated = await rotateWebhookSecret(db, actor, input.id, { graceHours: input.graceHours });
      secret = rotated.secret;
      revalidatePath(`/admin/webhooks/${input.id}`);
      const t = await words();
      return {
        status: "success",
        message: rotated.previousSecretExpiresAt
          ? t("admin.webhooks.rotatedWithGrace")
          : t("admin.webhooks.rotatedAtOnce"),
      };
    },
    adminOnly,
  );
  return secret ? { ...state, secret } : state;
}
