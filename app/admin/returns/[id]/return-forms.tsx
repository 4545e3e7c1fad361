"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { FormMessage } from "@/app/_components/form-message";
import { SubmitButton } from "@/app/admin/_components/submit-button";
import { type FormState, idleForm } from "@/lib/http/form-state";
import { approveReturnAction, receiveReturnAction, refundReturnAction, rejectReturnAction } from "../actions";

function NoteField({
  id,
  label,
  hint,
  state,
  required,
}: {
  id: string;
  label: string;
  hint: string;
  state: FormState;
  required?: boolean;
}) {
  const error = state.fields?.note;
  return (
    <div className="form-field">
      <label htmlFor={id}>{label}</label>
      <p id={`${id}-hint`} className="form-hint">
        {hint}
      </p>
      <textarea
        id={id}
        name="note"
        rows={3}
        maxLength={1000}
        required={required}
        defaultValue={state.values?.note ?? ""}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-hint ${id}-error` : `${id}-hint`}
      />
      {error ? (
        <p id={`${id}-error`} className="form-error">
          {error}
        </p>
      ) : null}
    </div>
  );
}

export function ApproveReturnForm({ returnId }: { returnId: string }) {
  const t = useTranslations("admin.returns.forms");
  const [state, action] = useActionState<FormState, FormData>(approveReturnAction, idleForm);
  return (
    <form action={action} className="order-action-form" noValidate>
      <FormMessage state={state} />
      <input type="hidden" name="id" value={returnId} />
      <NoteField id="approve-note" label={t("approveNote")} hint={t("approveNoteHint")} state={state} />
      <div>
        <SubmitButton pendingLabel={t("approving")}>{t("approve")}</SubmitButton>
      </div>
    </form>
  );
}

export function RejectReturnForm({ returnId }: { returnId: string }) {
  const t = useTranslations("admin.returns.forms");
  const [state, action] = useActionState<FormState, FormData>(rejectReturnAction, idleForm);
  return (
    <form action={action} className="order-action-form" noValidate>
      <FormMessage state={state} />
      <input type="hidden" name="id" value={returnId} />
      <NoteField id="reject-note" label={t("rejectNote")} hint={t("rejectNoteHint")} state={state} required />
      <div>
        <SubmitButton pendingLabel={t("rejecting")} className="button button-danger">
          {t("reject")}
        </SubmitButton>
      </div>
    </form>
  );
}

export function ReceiveReturnForm({ returnId, lines }: { returnId: string; lines: { id: string; label: string }[] }) {
  const t = useTranslations("admin.returns.forms");
  const [state, action] = useActionState<FormState, FormData>(receiveReturnAction, idleForm);
  return (
    <form action={action} className="order-action-form" noValidate>
      <FormMessage state={state} />
      <input type="hidden" name="id" value={returnId} />
      <fieldset className="form-field">
        <legend>{t("restock")}</legend>
        <p className="form-hint">{t("restockHint")}</p>
        {lines.map((line) => (
          <label key={line.id} className="order-checkbox" htmlFor={`restock-${line.id}`}>
            <input id={`restock-${line.id}`} type="checkbox" name={`restock-${line.id}`} value="yes" defaultChecked />
            {line.label}
          </label>
        ))}
      </fieldset>
      <div>
        <SubmitButton>{t("markReceived")}</SubmitButton>
      </div>
    </form>
  );
}

export function RefundReturnForm({ returnId, hint }: { returnId: string; hint: string }) {
  const t = useTranslations("admin.returns.forms");
  const [state, action] = useActionState<FormState, FormData>(refundReturnAction, idleForm);
  return (
    <form action={action} className="order-action-form" noValidate>
      <FormMessage state={state} />
      <input type="hidden" name="id" value={returnId} />
      <p className="form-hint">{hint}</p>
      <div>
        <SubmitButton pendingLabel={t("refunding")}>{t("refund")}</SubmitButton>
      </div>
    </form>
  );
}
