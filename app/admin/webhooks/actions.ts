"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { db } from "@/lib/db";
import type { FormState } from "@/lib/http/form-state";
import { action } from "@/lib/http/action";
import { localeHref } from "@/lib/i18n/paths";
import { currentLanguage } from "@/lib/i18n/request-language";
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

/** The words of the page the form was sent from. */
const words = async (): Promise<Translator> => translator(await currentLanguage());

/** After creating an endpoint or rotating its secret: the secret, which exists only in this one response. */
export type SecretFormState = FormState & { secret?: string };

export const createWebhookAction = action(
  { schema: webhookFormSchema, auth: "admin" },
  async (input, { actor }): Promise<SecretFormState> => {
    const created = await createWebhookEndpoint(db, actor, input);
    revalidatePath("/admin/webhooks");
    const t = await words();
    return {
      status: "success",
      message: t("admin.webhooks.registered", { url: created.endpoint.url }),
      values: { id: created.endpoint.id },
      secret: created.secret,
    };
  },
);

export const updateWebhookAction = action(
  { schema: z.intersection(webhookFormSchema, webhookIdFormSchema), auth: "admin" },
  async ({ id, ...input }, { actor }) => {
    await updateWebhookEndpoint(db, actor, id, { ...input, description: input.description ?? "" });
    revalidatePath(`/admin/webhooks/${id}`);
    return { status: "success", message: (await words())("admin.webhooks.saved") };
  },
);

export const setWebhookActiveAction = action(
  { schema: webhookActiveFormSchema, auth: "admin" },
  async (input, { actor }) => {
    await updateWebhookEndpoint(db, actor, input.id, { active: input.active === "on" });
    revalidatePath(`/admin/webhooks/${input.id}`);
    const t = await words();
    return {
      status: "success",
      message: input.active === "on" ? t("admin.webhooks.turnedOn") : t("admin.webhooks.turnedOff"),
    };
  },
);

export const deleteWebhookAction = action({ schema: webhookIdFormSchema, auth: "admin" }, async (input, { actor }) => {
  await deleteWebhookEndpoint(db, actor, input.id);
  revalidatePath("/admin/webhooks");
  redirect(await localeHref("/admin/webhooks?notice=deleted"));
});

export const sendTestWebhookAction = action(
  { schema: webhookIdFormSchema, auth: "admin" },
  async (input, { actor }) => {
    await sendTestWebhook(db, actor, input.id);
    revalidatePath(`/admin/webhooks/${input.id}`);
    return { status: "success", message: (await words())("admin.webhooks.testQueued") };
  },
);

export const redeliverWebhookAction = action(
  { schema: redeliverFormSchema, auth: "admin" },
  async (input, { actor }) => {
    await redeliverWebhook(db, actor, input.id, input.deliveryId);
    revalidatePath(`/admin/webhooks/${input.id}`);
    return { status: "success", message: (await words())("admin.webhooks.queuedAgain") };
  },
);

export const rotateWebhookSecretAction = action(
  { schema: rotateFormSchema, auth: "admin" },
  async (input, { actor }): Promise<SecretFormState> => {
    const rotated = await rotateWebhookSecret(db, actor, input.id, { graceHours: input.graceHours });
    revalidatePath(`/admin/webhooks/${input.id}`);
    const t = await words();
    return {
      status: "success",
      message: rotated.previousSecretExpiresAt
        ? t("admin.webhooks.rotatedWithGrace")
        : t("admin.webhooks.rotatedAtOnce"),
      secret: rotated.secret,
    };
  },
);
