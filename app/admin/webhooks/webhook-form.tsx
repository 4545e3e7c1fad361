"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { LocaleLink } from "@/app/_components/locale-link";
import { FormField } from "@/app/_components/form-field";
import { FormMessage } from "@/app/_components/form-message";
import { idleForm } from "@/lib/http/form-state";
import { WEBHOOK_EVENT_TYPES, type WebhookEventType } from "@/lib/webhooks/event-types";
import { SubmitButton } from "@/app/admin/_components/submit-button";
import { type SecretFormState, createWebhookAction, updateWebhookAction } from "./actions";
import { SecretReveal } from "./secret-reveal";

/** "order.paid" → the catalog's key "order_paid" (a key cannot hold a dot). */
type EventKey = {
  [E in WebhookEventType]: E extends `${infer Head}.${infer Tail}` ? `${Head}_${Tail}` : never;
}[WebhookEventType];

interface Initial {
  id: string;
  url: string;
  description: string;
  events: string[];
}

/** Registers an endpoint (then shows its secret once), or edits one when `initial` is given. */
export function WebhookForm({ initial }: { initial?: Initial }) {
  const t = useTranslations("admin.webhooks");
  const [state, formAction] = useActionState<SecretFormState, FormData>(
    initial ? updateWebhookAction : createWebhookAction,
    idleForm,
  );
  const failed = state.status === "error";
  const value = (name: string, fallback = "") => (failed ? (state.values?.[name] ?? "") : fallback);
  const checked = (event: string) =>
    failed ? state.values?.[`event:${event}`] === "on" : (initial?.events.includes(event) ?? false);
  const prefix = initial ? "edit" : "new";
  const createdId = state.status === "success" ? state.values?.id : undefined;
  return (
    <>
      {state.secret ? (
        <>
          <SecretReveal secret={state.secret} title={t("newEndpointSecret")} />
          {createdId ? (
            <p>
              <LocaleLink href={`/admin/webhooks/${createdId}`}>{t("openEndpoint")}</LocaleLink>
            </p>
          ) : null}
        </>
      ) : null}
      <form action={formAction} className="admin-form" noValidate key={state.secret ?? "form"}>
        {state.secret ? null : <FormMessage state={state} />}
        {initial ? <input type="hidden" name="id" value={initial.id} /> : null}
        <FormField
          id={`${prefix}-webhook-url`}
          name="url"
          label={t("url")}
          hint={t("urlHint")}
          type="url"
          required
          maxLength={2048}
          autoComplete="off"
          defaultValue={value("url", initial?.url)}
          error={state.fields?.url}
        />
        <FormField
          id={`${prefix}-webhook-description`}
          name="description"
          label={t("description")}
          maxLength={500}
          autoComplete="off"
          defaultValue={value("description", initial?.description)}
          error={state.fields?.description}
        />
        <fieldset
          className="form-field"
          aria-describedby={state.fields?.events ? `${prefix}-webhook-events-error` : undefined}
        >
          <legend>{t("events")}</legend>
          {WEBHOOK_EVENT_TYPES.map((event) => (
            <div key={event} className="field-checkbox">
              <input
                type="checkbox"
                id={`${prefix}-event-${event}`}
                name={`event:${event}`}
                defaultChecked={checked(event)}
              />
              <label htmlFor={`${prefix}-event-${event}`}>
                <code>{event}</code>{" "}
                <span className="muted">
                  {t.rich(`eventDescription.${event.replace(".", "_") as EventKey}`, {
                    code: (chunks) => <code>{chunks}</code>,
                  })}
                </span>
              </label>
            </div>
          ))}
          {state.fields?.events || state.fields?.["events.0"] ? (
            <p id={`${prefix}-webhook-events-error`} className="form-error">
              {state.fields.events ?? state.fields["events.0"]}
            </p>
          ) : null}
        </fieldset>
        <div>
          <SubmitButton>{initial ? t("saveChanges") : t("register")}</SubmitButton>
        </div>
      </form>
    </>
  );
}
