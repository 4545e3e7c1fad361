"use client";

import Link from "next/link";
import { useActionState } from "react";
import { FormField } from "@/app/_components/form-field";
import { FormMessage } from "@/app/_components/form-message";
import { idleForm } from "@/lib/http/form-state";
import { WEBHOOK_EVENT_TYPES, webhookEventDescriptions } from "@/lib/webhooks/event-types";
import { SubmitButton } from "@/app/admin/_components/submit-button";
import { type SecretFormState, createWebhookAction, updateWebhookAction } from "./actions";
import { SecretReveal } from "./secret-reveal";

interface Initial {
  id: string;
  url: string;
  description: string;
  events: string[];
}

/** Registers an endpoint (then shows its secret once), or edits one when `initial` is given. */
export function WebhookForm({ initial }: { initial?: Initial }) {
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
          <SecretReveal secret={state.secret} title="The new endpoint's signing secret" />
          {createdId ? (
            <p>
              <Link href={`/admin/webhooks/${createdId}`}>Open the endpoint</Link>
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
          label="URL"
          hint="https:// address of the receiving system. Private and local addresses are refused."
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
          label="Description (optional)"
          maxLength={500}
          autoComplete="off"
          defaultValue={value("description", initial?.description)}
          error={state.fields?.description}
        />
        <fieldset
          className="form-field"
          aria-describedby={state.fields?.events ? `${prefix}-webhook-events-error` : undefined}
        >
          <legend>Events</legend>
          {WEBHOOK_EVENT_TYPES.map((event) => (
            <div key={event} className="field-checkbox">
              <input
                type="checkbox"
                id={`${prefix}-event-${event}`}
                name={`event:${event}`}
                defaultChecked={checked(event)}
              />
              <label htmlFor={`${prefix}-event-${event}`}>
                <code>{event}</code> <span className="muted">{webhookEventDescriptions[event]}</span>
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
          <SubmitButton pendingLabel="Saving…">{initial ? "Save changes" : "Register endpoint"}</SubmitButton>
        </div>
      </form>
    </>
  );
}
