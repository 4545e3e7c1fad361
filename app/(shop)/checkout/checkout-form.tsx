"use client";

import { useActionState } from "react";
import { Field } from "@/app/_components/field";
import { checkoutAction } from "./actions";
import type { CheckoutFormState } from "./state";

interface Props {
  idempotencyKey: string;
  countries: { code: string; name: string }[];
  shippingMethods: { id: string; label: string; description: string }[];
  locale: string;
  defaultEmail: string;
}

export function CheckoutForm({ idempotencyKey, countries, shippingMethods, locale, defaultEmail }: Props) {
  const initial: CheckoutFormState = {
    status: "editing",
    values: { idempotencyKey, email: defaultEmail, country: "IE", shippingMethod: "standard" },
  };
  const [state, action, pending] = useActionState(checkoutAction, initial);
  const v = state.values;
  const e = state.fields ?? {};
  const money = (minor: number) =>
    new Intl.NumberFormat(locale, { style: "currency", currency: state.quote?.currency ?? "EUR" }).format(minor / 100);

  return (
    <form action={action} className="form-grid" noValidate>
      <input type="hidden" name="idempotencyKey" value={v.idempotencyKey ?? idempotencyKey} />
      {state.message ? (
        <p className={`notice ${state.status === "error" ? "notice-error" : ""}`} role="alert">
          {state.message}
        </p>
      ) : null}
      <fieldset className="form-grid">
        <legend>Contact</legend>
        <Field
          name="email"
          label="E-mail"
          type="email"
          autoComplete="email"
          required
          defaultValue={v.email}
          error={e.email}
          hint="We send your confirmation and invoice here."
        />
      </fieldset>
      <fieldset className="form-grid form-grid-2">
        <legend>Delivery address</legend>
        <Field name="name" label="Full name" autoComplete="name" required defaultValue={v.name} error={e.name} />
        <Field
          name="phone"
          label="Phone (optional)"
          type="tel"
          autoComplete="tel"
          defaultValue={v.phone}
          error={e.phone}
        />
        <Field
          name="line1"
          label="Address"
          autoComplete="address-line1"
          required
          defaultValue={v.line1}
          error={e.line1}
        />
        <Field
          name="line2"
          label="Address line 2 (optional)"
          autoComplete="address-line2"
          defaultValue={v.line2}
          error={e.line2}
        />
        <Field name="city" label="City" autoComplete="address-level2" required defaultValue={v.city} error={e.city} />
        <Field
          name="postalCode"
          label="Postal code"
          autoComplete="postal-code"
          required
          defaultValue={v.postalCode}
          error={e.postalCode}
        />
        <div className="field">
          <label htmlFor="field-country">Country</label>
          {/* Keyed by the value: React resets a form after its action, and an uncontrolled select would fall
              back to the option selected when it was first rendered, not to the country chosen. */}
          <select
            key={v.country}
            id="field-country"
            name="country"
            className="input"
            defaultValue={v.country}
            autoComplete="country"
            aria-invalid={e.country ? true : undefined}
            aria-describedby={e.country ? "field-country-error" : undefined}
          >
            {countries.map((c) => (
              <option key={c.code} value={c.code}>
                {c.name}
              </option>
            ))}
          </select>
          {e.country ? (
            <span id="field-country-error" className="field-error">
              {e.country}
            </span>
          ) : null}
        </div>
      </fieldset>
      <fieldset aria-describedby={e.shippingMethod ? "shipping-error" : undefined}>
        <legend>Delivery</legend>
        {shippingMethods.map((m) => (
          <label key={m.id} className="radio-option">
            <input type="radio" name="shippingMethod" value={m.id} defaultChecked={v.shippingMethod === m.id} />
            <span>
              <strong>{m.label}</strong> <span className="muted">{m.description}</span>
            </span>
          </label>
        ))}
        {e.shippingMethod ? (
          <span id="shipping-error" className="field-error">
            {e.shippingMethod}
          </span>
        ) : null}
      </fieldset>
      <Field
        name="discountCode"
        label="Discount code (optional)"
        autoComplete="off"
        defaultValue={v.discountCode}
        error={e.discountCode}
      />

      {state.status === "review" && state.quote ? (
        <section className="checkout-summary" aria-labelledby="review-heading">
          <h2 id="review-heading">Review your order</h2>
          <table className="totals">
            <tbody>
              <tr>
                <th scope="row">Items</th>
                <td>{money(state.quote.subtotalMinor)}</td>
              </tr>
              {state.quote.discountMinor > 0 ? (
                <tr>
                  <th scope="row">Discount</th>
                  <td>−{money(state.quote.discountMinor)}</td>
                </tr>
              ) : null}
              <tr>
                <th scope="row">Delivery</th>
                <td>{state.quote.shippingMinor === 0 ? "Free" : money(state.quote.shippingMinor)}</td>
              </tr>
              <tr className="grand">
                <th scope="row">Total</th>
                <td data-testid="order-total">{money(state.quote.totalMinor)}</td>
              </tr>
              {state.quote.vatBreakdown.map((entry) => (
                <tr key={entry.rateBps} className="muted">
                  <th scope="row">incl. VAT {entry.rateBps / 100} %</th>
                  <td>{money(entry.vatMinor)}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <button className="button" type="submit" name="intent" value="place" disabled={pending}>
            {pending ? "Placing your order…" : "Place order and pay"}
          </button>
        </section>
      ) : null}
      <div>
        <button
          className={state.status === "review" ? "button button-secondary" : "button"}
          type="submit"
          name="intent"
          value="review"
          disabled={pending}
        >
          {state.status === "review" ? "Update totals" : pending ? "Checking…" : "Review order"}
        </button>
      </div>
    </form>
  );
}
