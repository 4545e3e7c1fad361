"use client";

import { useActionState } from "react";
import { FormMessage } from "@/app/_components/form-message";
import { type FormState, idleForm } from "@/lib/http/form-state";
import { SubmitButton } from "@/app/admin/_components/submit-button";
import { replyToMessageAction } from "../actions";

/**
 * The reply form. Its idempotency key was chosen when the page was rendered, so a double click or a resubmitted
 * request sends one e-mail; after sending, the page reloads with a new key.
 */
export function ReplyForm({
  messageId,
  idempotencyKey,
  recipient,
  maxLength,
}: {
  messageId: string;
  idempotencyKey: string;
  recipient: string;
  maxLength: number;
}) {
  const [state, formAction] = useActionState<FormState, FormData>(replyToMessageAction, idleForm);
  const error = state.fields?.body;
  return (
    <form action={formAction} className="admin-form" noValidate>
      <FormMessage state={state} />
      <input type="hidden" name="id" value={messageId} />
      <input type="hidden" name="idempotencyKey" value={idempotencyKey} />
      <div className="form-field">
        <label htmlFor="reply-body">Your reply</label>
        <p id="reply-body-hint" className="form-hint">
          Sent by e-mail to {recipient}, with their message quoted below. Sending marks the message handled.
        </p>
        <textarea
          id="reply-body"
          name="body"
          rows={8}
          required
          maxLength={maxLength}
          defaultValue={state.values?.body ?? ""}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? "reply-body-hint reply-body-error" : "reply-body-hint"}
        />
        {error ? (
          <p id="reply-body-error" className="form-error">
            {error}
          </p>
        ) : null}
      </div>
      <div>
        <SubmitButton pendingLabel="Sending…">Send reply</SubmitButton>
      </div>
    </form>
  );
}
