"use client";

import { useActionState, useState } from "react";
import Link from "next/link";
import { Field } from "@/app/_components/field";
import { checkoutAction } from "./actions";
import type { CheckoutFormState } from "./state";

export interface CheckoutDeliveryChoice {
  id: string;
  name: string;
  description: string;
  kind: "HOME_DELIVERY" | "CLICK_AND_COLLECT";
  /** Formatted for this cart, e.g. "€4.95" or "Free". */
  price: string;
  paymentMethods: string[];
  pickupLocations: { id: string; name: string; address: string; openingHours: string }[];
}

export interface CheckoutPaymentChoice {
  id: string;
  name: string;
  instructions: string;
  surcharge: string | null;
}

interface Props {
  idempotencyKey: string;
  country: string;
  countryName: string;
  shippingMethods: CheckoutDeliveryChoice[];
  paymentMethods: CheckoutPaymentChoice[];
  locale: string;
  defaultEmail: string;
  /** Field values to start from, e.g. a saved address the shopper chose. */
  prefill?: Record<string, string>;
}

function FieldError({ id, message }: { id: string; message: string | undefined }) {
  return message ? (
    <span id={id} className="field-error">
      {message}
    </span>
  ) : null;
}

export function CheckoutForm(props: Props) {
  const { idempotencyKey, country, countryName, shippingMethods, paymentMethods, locale, defaultEmail, prefill } =
    props;
  const initial: CheckoutFormState = {
    status: "editing",
    values: { ...prefill, idempotencyKey, email: defaultEmail, shippingMethodId: shippingMethods[0]?.id ?? "" },
  };
  const [state, action, pending] = useActionState(checkoutAction, initial);
  const v = state.values;
  const e = state.fields ?? {};
  // Delivery first: with JavaScript only the payment methods the chosen delivery allows are shown. Without it all
  // are listed with what they go with, and the server refuses a combination that is not allowed.
  const [methodId, setMethodId] = useState(v.shippingMethodId ?? "");
  const chosen = shippingMethods.find((m) => m.id === methodId);
  const collect = chosen?.kind === "CLICK_AND_COLLECT";
  const money = (minor: number) =>
    new Intl.NumberFormat(locale, { style: "currency", currency: state.quote?.currency ?? "EUR" }).format(minor / 100);
  const payable = paymentMethods.filter((p) => !chosen || chosen.paymentMethods.includes(p.id));
  const allowedWith = (paymentId: string) =>
    shippingMethods.filter((m) => m.paymentMethods.includes(paymentId)).map((m) => m.name);

  return (
    <form action={action} className="form-grid" noValidate>
      <input type="hidden" name="idempotencyKey" value={v.idempotencyKey ?? idempotencyKey} />
      <input type="hidden" name="country" value={country} />
      {state.message ? (
        <p className={`notice ${state.status === "error" ? "notice-error" : ""}`} role="alert">
          {state.message}
        </p>
      ) : null}

      <fieldset aria-describedby={e.shippingMethodId ? "shipping-error" : undefined}>
        <legend>Delivery to {countryName}</legend>
        {shippingMethods.map((m) => (
          <div key={m.id}>
            <label className="radio-option">
              <input
                type="radio"
                name="shippingMethodId"
                value={m.id}
                defaultChecked={v.shippingMethodId === m.id}
                onChange={() => setMethodId(m.id)}
              />
              <span>
                <strong>{m.name}</strong> — {m.price}{" "}
                {m.description ? <span className="muted">{m.description}</span> : null}
              </span>
            </label>
            {m.kind === "CLICK_AND_COLLECT" ? (
              <fieldset className="pickup-locations" aria-describedby={e.pickupLocationId ? "pickup-error" : undefined}>
                <legend>Pickup location (for {m.name})</legend>
                {m.pickupLocations.map((p, i) => (
                  <label key={p.id} className="radio-option">
                    <input
                      type="radio"
                      name="pickupLocationId"
                      value={p.id}
                      defaultChecked={v.pickupLocationId ? v.pickupLocationId === p.id : i === 0 && collect}
                    />
                    <span>
                      <strong>{p.name}</strong> <span className="muted">{p.address}</span>
                      {p.openingHours ? <span className="muted"> · Open {p.openingHours}</span> : null}
                    </span>
                  </label>
                ))}
                <FieldError id="pickup-error" message={e.pickupLocationId} />
              </fieldset>
            ) : null}
          </div>
        ))}
        <FieldError id="shipping-error" message={e.shippingMethodId} />
      </fieldset>

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
        <Field name="name" label="Full name" autoComplete="name" required defaultValue={v.name} error={e.name} />
        <Field
          name="phone"
          label="Phone (optional)"
          type="tel"
          autoComplete="tel"
          defaultValue={v.phone}
          error={e.phone}
        />
      </fieldset>
      {collect ? null : (
        <fieldset className="form-grid form-grid-2">
          <legend>Delivery address (not needed for click &amp; collect)</legend>
          <Field name="line1" label="Address" autoComplete="address-line1" defaultValue={v.line1} error={e.line1} />
          <Field
            name="line2"
            label="Address line 2 (optional)"
            autoComplete="address-line2"
            defaultValue={v.line2}
            error={e.line2}
          />
          <Field name="city" label="City" autoComplete="address-level2" defaultValue={v.city} error={e.city} />
          <Field
            name="postalCode"
            label="Postal code"
            autoComplete="postal-code"
            defaultValue={v.postalCode}
            error={e.postalCode}
          />
          <p className="muted">Country: {countryName}</p>
          <FieldError id="country-error" message={e.country} />
        </fieldset>
      )}

      <fieldset aria-describedby={e.paymentMethod ? "payment-error" : undefined}>
        <legend>Payment</legend>
        {payable.map((p, i) => (
          <label key={p.id} className="radio-option">
            <input
              type="radio"
              name="paymentMethod"
              value={p.id}
              defaultChecked={v.paymentMethod ? v.paymentMethod === p.id : i === 0}
            />
            <span>
              <strong>{p.name}</strong>
              {p.surcharge ? <span> (+{p.surcharge})</span> : null}{" "}
              {p.instructions ? <span className="muted">{p.instructions}</span> : null}
              {chosen ? null : <span className="muted"> With: {allowedWith(p.id).join(", ")}.</span>}
            </span>
          </label>
        ))}
        <FieldError id="payment-error" message={e.paymentMethod} />
      </fieldset>

      <Field
        name="discountCode"
        label="Discount code (optional)"
        autoComplete="off"
        defaultValue={v.discountCode}
        error={e.discountCode}
      />

      <fieldset className="form-grid buyer-details">
        <legend>Buying for a company (optional)</legend>
        <label className="radio-option">
          <input type="checkbox" name="asCompany" defaultChecked={v.asCompany === "on"} />
          <span>I am buying for a company: put its details on the invoice</span>
        </label>
        {/* Shown while the box is ticked, by CSS alone (storefront.css), so it works without JavaScript. */}
        <div className="form-grid form-grid-2 company-fields">
          <Field
            name="companyName"
            label="Company name"
            autoComplete="organization"
            defaultValue={v.companyName}
            error={e.companyName}
          />
          <Field
            name="companyRegistrationNumber"
            label="Company registration number (optional)"
            defaultValue={v.companyRegistrationNumber}
            error={e.companyRegistrationNumber}
          />
          <Field
            name="companyVatId"
            label="VAT ID (optional)"
            hint="With the country code, e.g. CZ12345678 or DE123456789."
            defaultValue={v.companyVatId}
            error={e.companyVatId}
          />
        </div>
        <label className="radio-option">
          <input type="checkbox" name="separateBilling" defaultChecked={v.separateBilling === "on"} />
          <span>Send the invoice to a different address</span>
        </label>
        <div className="form-grid form-grid-2 billing-fields">
          <Field
            name="billingName"
            label="Billing name"
            autoComplete="billing name"
            defaultValue={v.billingName}
            error={e.billingName}
          />
          <Field
            name="billingLine1"
            label="Billing address"
            autoComplete="billing address-line1"
            defaultValue={v.billingLine1}
            error={e.billingLine1}
          />
          <Field
            name="billingLine2"
            label="Billing address line 2 (optional)"
            autoComplete="billing address-line2"
            defaultValue={v.billingLine2}
            error={e.billingLine2}
          />
          <Field
            name="billingCity"
            label="Billing city"
            autoComplete="billing address-level2"
            defaultValue={v.billingCity}
            error={e.billingCity}
          />
          <Field
            name="billingPostalCode"
            label="Billing postal code"
            autoComplete="billing postal-code"
            defaultValue={v.billingPostalCode}
            error={e.billingPostalCode}
          />
          <Field
            name="billingCountry"
            label="Billing country code"
            hint="Two letters, e.g. CZ or DE."
            autoComplete="billing country"
            maxLength={2}
            defaultValue={v.billingCountry}
            error={e.billingCountry}
          />
        </div>
      </fieldset>

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
                <th scope="row">Delivery ({state.quote.deliveryName})</th>
                <td data-testid="shipping-total">
                  {state.quote.shippingMinor === 0 ? "Free" : money(state.quote.shippingMinor)}
                </td>
              </tr>
              {state.quote.surchargeMinor > 0 ? (
                <tr>
                  <th scope="row">{state.quote.paymentName} surcharge</th>
                  <td data-testid="surcharge-total">{money(state.quote.surchargeMinor)}</td>
                </tr>
              ) : null}
              <tr className="grand">
                <th scope="row">Total ({state.quote.paymentName})</th>
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
          <div className="checkout-consent">
            <label className="radio-option">
              <input
                type="checkbox"
                name="termsAccepted"
                defaultChecked={v.termsAccepted === "on"}
                aria-invalid={e.termsAccepted ? true : undefined}
                aria-describedby={e.termsAccepted ? "terms-error" : undefined}
              />
              <span>
                I accept the{" "}
                <Link href="/terms" target="_blank">
                  terms and conditions
                </Link>{" "}
                and have read the{" "}
                <Link href="/privacy" target="_blank">
                  privacy notice
                </Link>
                .
              </span>
            </label>
            <FieldError id="terms-error" message={e.termsAccepted} />
            <p className="muted">
              Your right of withdrawal: <Link href="/returns-policy">withdrawal and returns</Link>. Delivery and
              payment: <Link href="/shipping-payment">shipping and payment</Link>.
            </p>
          </div>
          <button className="button" type="submit" name="intent" value="place" disabled={pending}>
            {/* The button states the obligation to pay (Directive 2011/83/EU, art. 8(2)). */}
            {pending ? "Placing your order…" : "Order with obligation to pay"}
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
