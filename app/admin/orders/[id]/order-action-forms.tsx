"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { FormField } from "@/app/_components/form-field";
import { FormMessage } from "@/app/_components/form-message";
import { type FormState, idleForm } from "@/lib/http/form-state";
import {
  cancelOrderAction,
  markCashReceivedAction,
  markDeliveredAction,
  refundOrderAction,
  resendConfirmationAction,
  shipOrderAction,
} from "../actions";

type Action = (state: FormState, formData: FormData) => Promise<FormState>;

function SubmitButton({
  pending,
  label,
  busyLabel,
  danger,
}: {
  pending: boolean;
  label: string;
  busyLabel: string;
  danger?: boolean;
}) {
  return (
    <div>
      <button
        className={danger ? "button button-danger" : "button"}
        type="submit"
        disabled={pending}
        aria-busy={pending}
      >
        {pending ? busyLabel : label}
      </button>
    </div>
  );
}

export function ShipOrderForm({ orderId }: { orderId: string }) {
  const t = useTranslations("admin.orders.forms");
  const [state, action, pending] = useActionState<FormState, FormData>(shipOrderAction, idleForm);
  return (
    <form action={action} className="order-action-form" noValidate>
      <FormMessage state={state} />
      <input type="hidden" name="id" value={orderId} />
      <FormField
        id="ship-carrier"
        name="carrier"
        label={t("carrier")}
        hint={t("carrierHint")}
        required
        maxLength={60}
        autoComplete="off"
        defaultValue={state.values?.carrier ?? ""}
        error={state.fields?.carrier}
      />
      <FormField
        id="ship-tracking"
        name="trackingNumber"
        label={t("trackingNumber")}
        required
        maxLength={100}
        autoComplete="off"
        defaultValue={state.values?.trackingNumber ?? ""}
        error={state.fields?.trackingNumber}
      />
      <SubmitButton pending={pending} label={t("markShipped")} busyLabel={t("saving")} />
    </form>
  );
}

export function RefundOrderForm({
  orderId,
  currency,
  maxLabel,
}: {
  orderId: string;
  currency: string;
  maxLabel: string;
}) {
  const t = useTranslations("admin.orders.forms");
  const [state, action, pending] = useActionState<FormState, FormData>(refundOrderAction, idleForm);
  return (
    <form action={action} className="order-action-form" noValidate>
      <FormMessage state={state} />
      <input type="hidden" name="id" value={orderId} />
      <FormField
        id="refund-amount"
        name="amount"
        label={t("amount", { currency })}
        hint={t("refundHint", { max: maxLabel })}
        inputMode="decimal"
        required
        autoComplete="off"
        defaultValue={state.values?.amount ?? ""}
        error={state.fields?.amount ?? state.fields?.amountMinor}
      />
      <FormField
        id="refund-reason"
        name="reason"
        label={t("reason")}
        hint={t("reasonHint")}
        required
        maxLength={300}
        autoComplete="off"
        defaultValue={state.values?.reason ?? ""}
        error={state.fields?.reason}
      />
      <SubmitButton pending={pending} label={t("refund")} busyLabel={t("refunding")} />
    </form>
  );
}

export function CancelOrderForm({
  orderId,
  paid,
  refundLabel,
}: {
  orderId: string;
  paid: boolean;
  refundLabel: string;
}) {
  const t = useTranslations("admin.orders.forms");
  const [state, action, pending] = useActionState<FormState, FormData>(cancelOrderAction, idleForm);
  const confirmError = state.fields?.confirm;
  return (
    <form action={action} className="order-action-form" noValidate>
      <FormMessage state={state} />
      <input type="hidden" name="id" value={orderId} />
      <p className="form-hint">{paid ? t("cancelPaidHint", { amount: refundLabel }) : t("cancelHint")}</p>
      <FormField
        id="cancel-reason"
        name="reason"
        label={t("reasonOptional")}
        maxLength={300}
        autoComplete="off"
        defaultValue={state.values?.reason ?? ""}
        error={state.fields?.reason}
      />
      <div className="form-field">
        <label className="order-checkbox" htmlFor="cancel-confirm">
          <input
            id="cancel-confirm"
            type="checkbox"
            name="confirm"
            value="yes"
            aria-invalid={confirmError ? true : undefined}
            aria-describedby={confirmError ? "cancel-confirm-error" : undefined}
          />
          {paid ? t("confirmCancelRefund") : t("confirmCancel")}
        </label>
        {confirmError ? (
          <p id="cancel-confirm-error" className="form-error">
            {confirmError}
          </p>
        ) : null}
      </div>
      <SubmitButton pending={pending} label={t("cancelOrder")} busyLabel={t("cancelling")} danger />
    </form>
  );
}

/** Each button's action and its words (admin.orders.forms.<kind> and <kind>Busy). */
const BUTTONS = {
  deliver: markDeliveredAction,
  resend: resendConfirmationAction,
  cash: markCashReceivedAction,
} satisfies Record<string, Action>;

/** A one-button action on the order (mark delivered, send the confirmation again, record the cash). */
export function OrderButtonForm({ orderId, kind }: { orderId: string; kind: keyof typeof BUTTONS }) {
  const t = useTranslations("admin.orders.forms");
  const [state, action, pending] = useActionState<FormState, FormData>(BUTTONS[kind], idleForm);
  return (
    <form action={action} className="order-action-form" noValidate>
      <FormMessage state={state} />
      <input type="hidden" name="id" value={orderId} />
      <SubmitButton pending={pending} label={t(`button.${kind}`)} busyLabel={t(`button.${kind}Busy`)} />
    </form>
  );
}
