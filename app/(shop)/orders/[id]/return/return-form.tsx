"use client";

import { useTranslations } from "@/app/_components/translations";
import { useActionState } from "react";
import { FormMessage } from "@/app/_components/form-message";
import { type FormState, idleForm } from "@/lib/http/form-state";
import { requestReturnAction } from "./actions";

export interface ReturnFormLine {
  orderLineId: string;
  label: string;
  bought: number;
  returnable: number;
}

/** How many units of each item go back (0 = none), and an optional reason. */
export function ReturnForm({ orderId, token, lines }: { orderId: string; token: string; lines: ReturnFormLine[] }) {
  const t = useTranslations("returns");
  const [state, action, pending] = useActionState<FormState, FormData>(requestReturnAction, idleForm);
  const reasonError = state.fields?.reason;
  return (
    <form action={action} className="form-stack" noValidate>
      <FormMessage state={state} />
      <input type="hidden" name="orderId" value={orderId} />
      <input type="hidden" name="token" value={token} />
      <fieldset className="form-field">
        <legend>{t("itemsToReturn")}</legend>
        {lines.map((line) => {
          const name = `qty-${line.orderLineId}`;
          const error = state.fields?.[name];
          const hintId = `${name}-hint`;
          return (
            <div className="form-field" key={line.orderLineId}>
              <label htmlFor={name}>{line.label}</label>
              <p id={hintId} className="form-hint">
                {line.returnable === line.bought
                  ? t("bought", { count: line.bought })
                  : t("boughtReturnable", { count: line.bought, returnable: line.returnable })}
              </p>
              <input
                id={name}
                name={name}
                className="input"
                type="number"
                inputMode="numeric"
                min={0}
                max={line.returnable}
                step={1}
                disabled={line.returnable === 0}
                defaultValue={state.values?.[name] ?? "0"}
                aria-invalid={error ? true : undefined}
                aria-describedby={error ? `${hintId} ${name}-error` : hintId}
              />
              {error ? (
                <p id={`${name}-error`} className="form-error">
                  {error}
                </p>
              ) : null}
            </div>
          );
        })}
      </fieldset>
      <div className="form-field">
        <label htmlFor="return-reason">{t("reason")}</label>
        <p id="return-reason-hint" className="form-hint">
          {t("reasonHint")}
        </p>
        <textarea
          id="return-reason"
          name="reason"
          className="input"
          rows={4}
          maxLength={1000}
          defaultValue={state.values?.reason ?? ""}
          aria-invalid={reasonError ? true : undefined}
          aria-describedby={reasonError ? "return-reason-hint return-reason-error" : "return-reason-hint"}
        />
        {reasonError ? (
          <p id="return-reason-error" className="form-error">
            {reasonError}
          </p>
        ) : null}
      </div>
      <div>
        <button className="button" type="submit" disabled={pending} aria-busy={pending}>
          {pending ? t("sending") : t("submit")}
        </button>
      </div>
    </form>
  );
}
