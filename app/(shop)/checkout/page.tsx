import { randomUUID } from "node:crypto";
import type { Metadata } from "next";
import Link from "next/link";
import { Price } from "@/app/_components/price";
import { listAddresses } from "@/lib/accounts/addresses";
import { getCurrentUser } from "@/lib/auth/current-user";
import { getCart } from "@/lib/cart/get-cart";
import { checkoutOptions } from "@/lib/checkout/checkout-options";
import { countryCodeSchema } from "@/lib/checkout/schemas";
import { checkoutValuesFromSavedAddress } from "@/lib/checkout/values-from-saved-address";
import { db } from "@/lib/db";
import { countryChoices } from "@/lib/delivery/countries";
import { getShopSettings } from "@/lib/delivery/settings-cache";
import { deliveryCountries, zoneForCountry } from "@/lib/delivery/shop-settings";
import { env } from "@/lib/env";
import { formatMoney } from "@/lib/money/money";
import { currentCartRef } from "@/lib/http/shopper";
import { paymentCapabilities } from "@/lib/payments/payment-mode";
import { CheckoutForm } from "./checkout-form";
import { SavedAddressPicker } from "./saved-address-picker";

export const metadata: Metadata = { title: "Checkout", robots: { index: false } };

export default async function CheckoutPage({
  searchParams,
}: {
  searchParams: Promise<{ country?: string | string[]; address?: string | string[] }>;
}) {
  const ref = await currentCartRef();
  const cart = await getCart(db, ref, env.SHOP_CURRENCY);
  if (!cart.canCheckout) {
    return (
      <>
        <h1>Checkout</h1>
        <div className="notice">
          <p>
            {cart.lines.length === 0 ? "Your cart is empty." : "Some items in your cart need your attention first."}
          </p>
          <Link className="button" href={cart.lines.length === 0 ? "/" : "/cart"}>
            {cart.lines.length === 0 ? "Continue shopping" : "Back to your cart"}
          </Link>
        </div>
      </>
    );
  }
  const settings = await getShopSettings();
  const countries = countryChoices(deliveryCountries(settings));
  const query = await searchParams;
  const user = await getCurrentUser();
  const addresses = user ? await listAddresses(db, user.id) : [];
  // Only one of the shopper's own addresses can be chosen: an unknown id is simply not found among them.
  const saved = addresses.find((a) => a.id === query.address) ?? null;
  const asked = countryCodeSchema.safeParse(saved ? saved.country : query.country);
  const fallback = settings.zones[0]?.countries[0];
  const country = asked.success && zoneForCountry(settings, asked.data) ? asked.data : fallback;
  const prefill = saved && saved.country === country ? checkoutValuesFromSavedAddress(saved) : {};
  const options = country ? await checkoutOptions(db, ref, country, settings, paymentCapabilities()) : null;
  const fmt = (minor: number, currency: string) => formatMoney({ amountMinor: minor, currency }, env.SHOP_LOCALE);

  return (
    <>
      <h1>Checkout</h1>
      <div className="cart-layout">
        <div>
          <SavedAddressPicker addresses={addresses} chosenId={saved?.id ?? null} />
          {/* Step 1, delivery first: a plain GET form, so choosing the country works without JavaScript. */}
          <form method="get" action="/checkout" className="form-grid checkout-country">
            <div className="field">
              <label htmlFor="deliver-to">Deliver to</label>
              <select id="deliver-to" name="country" className="input" defaultValue={country} autoComplete="country">
                {countries.map((c) => (
                  <option key={c.code} value={c.code}>
                    {c.name}
                  </option>
                ))}
              </select>
            </div>
            <div>
              <button type="submit" className="button button-secondary">
                Show delivery options
              </button>
            </div>
            {asked.success && country !== asked.data ? (
              <p className="notice notice-warn" role="status">
                We do not deliver there; choose one of the countries listed.
              </p>
            ) : null}
          </form>
          {options && options.shippingMethods.length > 0 ? (
            <CheckoutForm
              key={`${options.country}-${saved?.id ?? ""}`}
              idempotencyKey={randomUUID()}
              prefill={prefill}
              locale={env.SHOP_LOCALE}
              defaultEmail={user?.email ?? ""}
              country={options.country}
              countryName={options.countryName}
              shippingMethods={options.shippingMethods.map((m) => ({
                id: m.id,
                name: m.name,
                description: m.description,
                kind: m.kind,
                price: m.price.amountMinor === 0 ? "Free" : fmt(m.price.amountMinor, m.price.currency),
                paymentMethods: m.paymentMethods,
                pickupLocations: m.pickupLocations,
              }))}
              paymentMethods={options.paymentMethods.map((p) => ({
                id: p.id,
                name: p.name,
                instructions: p.instructions,
                surcharge: p.surcharge ? fmt(p.surcharge.amountMinor, p.surcharge.currency) : null,
              }))}
            />
          ) : (
            <p className="notice notice-warn">
              {options
                ? `No delivery option can take this cart to ${options.countryName}. Please contact us.`
                : "This shop has no delivery set up yet."}
            </p>
          )}
        </div>
        <aside className="cart-summary" aria-label="Your cart">
          <h2>Your cart</h2>
          <ul>
            {cart.lines.map((l) => (
              <li key={l.id}>
                {l.quantity} × {l.productName}
                {l.variantTitle ? ` (${l.variantTitle})` : ""} — <Price money={l.lineTotal} />
              </li>
            ))}
          </ul>
          <p>
            Subtotal: <Price money={cart.subtotal} />
          </p>
          <Link href="/cart">Change your cart</Link>
        </aside>
      </div>
    </>
  );
}
