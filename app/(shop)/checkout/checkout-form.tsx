"use client";

import { useTranslations } from "@/app/_components/translations";
import { useActionState, useState } from "react";
import { Field } from "@/app/_components/field";
import { LocaleLink as Link } from "@/app/_components/locale-link";
import { checkoutAction } from "./actions";
import type { CheckoutFormState } from "./state";

export interface CheckoutDeliveryChoice {
  id: string;
  name: string;
  description: string;
  kind: "HOME_DELIVERY" | "CLICK_AND_COLLECT";
  /** Formatted for this cart, e.g. "€4.95" or "Free", in the page's language. */
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
  /** The page's formatting locale (lib/i18n/languages.ts formattingLocale), for the review's amounts. */
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
  const t = useTranslations("checkout");
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
        <legend>{t("deliveryTo", { country: countryName })}</legend>
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
                <legend>{t("pickupLocationFor", { method: m.name })}</legend>
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
                      {p.openingHours ? (
                        <span className="muted"> · {t("openingHours", { hours: p.openingHours })}</span>
                      ) : null}
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
        <legend>{t("contact")}</legend>
        <Field
          name="email"
          label={t("email")}
          type="email"
          autoComplete="email"
          required
          defaultValue={v.email}
          error={e.email}
          hint={t("emailHint")}
        />
        <Field name="name" label={t("fullName")} autoComplete="name" required defaultValue={v.name} error={e.name} />
        <Field name="phone" label={t("phone")} type="tel" autoComplete="tel" defaultValue={v.phone} error={e.phone} />
      </fieldset>
      {collect ? null : (
        <fieldset className="form-grid form-grid-2">
          <legend>{t("deliveryAddress")}</legend>
          <Field
            name="line1"
            label={t("address")}
            autoComplete="address-line1"
            defaultValue={v.line1}
            error={e.line1}
          />
          <Field
            name="line2"
            label={t("addressLine2")}
            autoComplete="address-line2"
            defaultValue={v.line2}
            error={e.line2}
          />
          <Field name="city" label={t("city")} autoComplete="address-level2" defaultValue={v.city} error={e.city} />
          <Field
            name="postalCode"
            label={t("postalCode")}
            autoComplete="postal-code"
            defaultValue={v.postalCode}
            error={e.postalCode}
          />
          <p className="muted">{t("country", { country: countryName })}</p>
          <FieldError id="country-error" message={e.country} />
        </fieldset>
      )}

      <fieldset aria-describedby={e.paymentMethod ? "payment-error" : undefined}>
        <legend>{t("payment")}</legend>
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
              {chosen ? null : (
                <span className="muted"> {t("paymentWith", { methods: allowedWith(p.id).join(", ") })}</span>
              )}
            </span>
          </label>
        ))}
        <FieldError id="payment-error" message={e.paymentMethod} />
      </fieldset>

      <Field
        name="discountCode"
        label={t("discountCode")}
        autoComplete="off"
        defaultValue={v.discountCode}
        error={e.discountCode}
      />

      <fieldset className="form-grid buyer-details">
        <legend>{t("companyLegend")}</legend>
        <label className="radio-option">
          <input type="checkbox" name="asCompany" defaultChecked={v.asCompany === "on"} />
          <span>{t("asCompany")}</span>
        </label>
        {/* Shown while the box is ticked, by CSS alone (storefront.css), so it works without JavaScript. */}
        <div className="form-grid form-grid-2 company-fields">
          <Field
            name="companyName"
            label={t("companyName")}
            autoComplete="organization"
            defaultValue={v.companyName}
            error={e.companyName}
          />
          <Field
            name="companyRegistrationNumber"
            label={t("companyRegistrationNumber")}
            defaultValue={v.companyRegistrationNumber}
            error={e.companyRegistrationNumber}
          />
          <Field
            name="companyVatId"
            label={t("companyVatId")}
            hint={t("companyVatIdHint")}
            defaultValue={v.companyVatId}
            error={e.companyVatId}
          />
        </div>
        <label className="radio-option">
          <input type="checkbox" name="separateBilling" defaultChecked={v.separateBilling === "on"} />
          <span>{t("separateBilling")}</span>
        </label>
        <div className="form-grid form-grid-2 billing-fields">
          <Field
            name="billingName"
            label={t("billingName")}
            autoComplete="billing name"
            defaultValue={v.billingName}
            error={e.billingName}
          />
          <Field
            name="billingLine1"
            label={t("billingAddress")}
            autoComplete="billing address-line1"
            defaultValue={v.billingLine1}
            error={e.billingLine1}
          />
          <Field
            name="billingLine2"
            label={t("billingAddressLine2")}
            autoComplete="billing address-line2"
            defaultValue={v.billingLine2}
            error={e.billingLine2}
          />
          <Field
            name="billingCity"
            label={t("billingCity")}
            autoComplete="billing address-level2"
            defaultValue={v.billingCity}
            error={e.billingCity}
          />
          <Field
            name="billingPostalCode"
            label={t("billingPostalCode")}
            autoComplete="billing postal-code"
            defaultValue={v.billingPostalCode}
            error={e.billingPostalCode}
          />
          <Field
            name="billingCountry"
            label={t("billingCountry")}
            hint={t("billingCountryHint")}
            autoComplete="billing country"
            maxLength={2}
            defaultValue={v.billingCountry}
            error={e.billingCountry}
          />
        </div>
      </fieldset>

      {state.status === "review" && state.quote ? (
        <section className="checkout-summary" aria-labelledby="review-heading">
          <h2 id="review-heading">{t("reviewHeading")}</h2>
          <table className="totals">
            <tbody>
              <tr>
                <th scope="row">{t("items")}</th>
                <td>{money(state.quote.subtotalMinor)}</td>
              </tr>
              {state.quote.discountMinor > 0 ? (
                <tr>
                  <th scope="row">{t("discount")}</th>
                  <td>−{money(state.quote.discountMinor)}</td>
                </tr>
              ) : null}
              <tr>
                <th scope="row">{t("deliveryRow", { method: state.quote.deliveryName })}</th>
                <td data-testid="shipping-total">
                  {state.quote.shippingMinor === 0 ? t("free") : money(state.quote.shippingMinor)}
                </td>
              </tr>
              {state.quote.surchargeMinor > 0 ? (
                <tr>
                  <th scope="row">{t("surchargeRow", { method: state.quote.paymentName })}</th>
                  <td data-testid="surcharge-total">{money(state.quote.surchargeMinor)}</td>
                </tr>
              ) : null}
              <tr className="grand">
                <th scope="row">{t("totalRow", { method: state.quote.paymentName })}</th>
                <td data-testid="order-total">{money(state.quote.totalMinor)}</td>
              </tr>
              {state.quote.vatBreakdown.map((entry) => (
                <tr key={entry.rateBps} className="muted">
                  <th scope="row">{t("vatRow", { rate: entry.rateBps / 100 })}</th>
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
                {t.rich("acceptTerms", {
                  terms: (chunks) => (
                    <Link href="/terms" target="_blank">
                      {chunks}
                    </Link>
                  ),
                  privacy: (chunks) => (
                    <Link href="/privacy" target="_blank">
                      {chunks}
                    </Link>
                  ),
                })}
              </span>
            </label>
            <FieldError id="terms-error" message={e.termsAccepted} />
            <p className="muted">
              {t.rich("policies", {
                returns: (chunks) => <Link href="/returns-policy">{chunks}</Link>,
                shipping: (chunks) => <Link href="/shipping-payment">{chunks}</Link>,
              })}
            </p>
          </div>
          <button className="button" type="submit" name="intent" value="place" disabled={pending}>
            {/* The button states the obligation to pay (Directive 2011/83/EU, art. 8(2)). */}
            {pending ? t("placing") : t("placeOrder")}
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
          {state.status === "review" ? t("updateTotals") : pending ? t("checking") : t("reviewOrder")}
        </button>
      </div>
    </form>
  );
}
