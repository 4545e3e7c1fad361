"use client";

import { useTranslations } from "next-intl";
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
  const t = useTranslations("adminSettings.messages.reply");
  const [state, formAction] = useActionState<FormState, FormData>(replyToMessageAction, idleForm);
  const error = state.fields?.body;
  return (
    <form action={formAction} className="admin-form" noValidate>
      <FormMessage state={state} />
      <input type="hidden" name="id" value={messageId} />
      <input type="hidden" name="idempotencyKey" value={idempotencyKey} />
      <div className="form-field">
        <label htmlFor="reply-body">{t("label")}</label>
        <p id="reply-body-hint" className="form-hint">
          {t("hint", { recipient })}
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
        <SubmitButton pendingLabel={t("sending")}>{t("send")}</SubmitButton>
      </div>
    </form>
  );
}
