"use client";

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
  const [state, action, pending] = useActionState<FormState, FormData>(shipOrderAction, idleForm);
  return (
    <form action={action} className="order-action-form" noValidate>
      <FormMessage state={state} />
      <input type="hidden" name="id" value={orderId} />
      <FormField
        id="ship-carrier"
        name="carrier"
        label="Carrier"
        hint="For example DHL, DPD or An Post."
        required
        maxLength={60}
        autoComplete="off"
        defaultValue={state.values?.carrier ?? ""}
        error={state.fields?.carrier}
      />
      <FormField
        id="ship-tracking"
        name="trackingNumber"
        label="Tracking number"
        required
        maxLength={100}
        autoComplete="off"
        defaultValue={state.values?.trackingNumber ?? ""}
        error={state.fields?.trackingNumber}
      />
      <SubmitButton pending={pending} label="Mark as shipped" busyLabel="Saving…" />
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
  const [state, action, pending] = useActionState<FormState, FormData>(refundOrderAction, idleForm);
  return (
    <form action={action} className="order-action-form" noValidate>
      <FormMessage state={state} />
      <input type="hidden" name="id" value={orderId} />
      <FormField
        id="refund-amount"
        name="amount"
        label={`Amount (${currency})`}
        hint={`At most ${maxLabel}. Refunds give money back only; stock is not changed.`}
        inputMode="decimal"
        required
        autoComplete="off"
        defaultValue={state.values?.amount ?? ""}
        error={state.fields?.amount ?? state.fields?.amountMinor}
      />
      <FormField
        id="refund-reason"
        name="reason"
        label="Reason"
        hint="Kept with the refund and printed on the credit note."
        required
        maxLength={300}
        autoComplete="off"
        defaultValue={state.values?.reason ?? ""}
        error={state.fields?.reason}
      />
      <SubmitButton pending={pending} label="Refund" busyLabel="Refunding…" />
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
  const [state, action, pending] = useActionState<FormState, FormData>(cancelOrderAction, idleForm);
  const confirmError = state.fields?.confirm;
  return (
    <form action={action} className="order-action-form" noValidate>
      <FormMessage state={state} />
      <input type="hidden" name="id" value={orderId} />
      <p className="form-hint">
        {paid
          ? `The order is refunded in full (${refundLabel}) through the payment service and its items go back into stock.`
          : "The order is cancelled and the items it holds are released for other shoppers."}
      </p>
      <FormField
        id="cancel-reason"
        name="reason"
        label="Reason (optional)"
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
          {paid ? "Yes, cancel and refund this order" : "Yes, cancel this order"}
        </label>
        {confirmError ? (
          <p id="cancel-confirm-error" className="form-error">
            {confirmError}
          </p>
        ) : null}
      </div>
      <SubmitButton pending={pending} label="Cancel order" busyLabel="Cancelling…" danger />
    </form>
  );
}

const BUTTONS = {
  deliver: { action: markDeliveredAction, label: "Mark as delivered", busy: "Saving…" },
  resend: { action: resendConfirmationAction, label: "Send the confirmation again", busy: "Queueing…" },
  cash: { action: markCashReceivedAction, label: "Cash received", busy: "Recording…" },
} satisfies Record<string, { action: Action; label: string; busy: string }>;

/** A one-button action on the order (mark delivered, send the confirmation again, record the cash). */
export function OrderButtonForm({ orderId, kind }: { orderId: string; kind: keyof typeof BUTTONS }) {
  const chosen = BUTTONS[kind];
  const [state, action, pending] = useActionState<FormState, FormData>(chosen.action, idleForm);
  return (
    <form action={action} className="order-action-form" noValidate>
      <FormMessage state={state} />
      <input type="hidden" name="id" value={orderId} />
      <SubmitButton pending={pending} label={chosen.label} busyLabel={chosen.busy} />
    </form>
  );
}
