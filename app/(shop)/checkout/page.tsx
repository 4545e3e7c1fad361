import { randomUUID } from "node:crypto";
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { LocaleLink as Link } from "@/app/_components/locale-link";
import { Price } from "@/app/_components/price";
import { listAddresses } from "@/lib/accounts/addresses";
import { getCurrentUser } from "@/lib/auth/current-user";
import { getCart } from "@/lib/cart/get-cart";
import { inLanguage } from "@/lib/cart/translate-cart";
import { checkoutOptions } from "@/lib/checkout/checkout-options";
import { countryCodeSchema } from "@/lib/checkout/schemas";
import { checkoutValuesFromSavedAddress } from "@/lib/checkout/values-from-saved-address";
import { db } from "@/lib/db";
import { countryNames } from "@/lib/delivery/countries";
import { getShopSettings } from "@/lib/delivery/settings-cache";
import { deliveryCountries, zoneForCountry } from "@/lib/delivery/shop-settings";
import { env } from "@/lib/env";
import { formatMoney } from "@/lib/money/money";
import { currentCartRef } from "@/lib/http/shopper";
import { formattingLocale } from "@/lib/i18n/languages";
import { localeHref } from "@/lib/i18n/paths";
import { currentLanguage } from "@/lib/i18n/request-language";
import { paymentCapabilities } from "@/lib/payments/payment-mode";
import { CheckoutForm } from "./checkout-form";
import { SavedAddressPicker } from "./saved-address-picker";
import { PageTranslations } from "@/app/_components/page-translations";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("checkout");
  return { title: t("title"), robots: { index: false } };
}

export default async function CheckoutPage({
  searchParams,
}: {
  searchParams: Promise<{ country?: string | string[]; address?: string | string[] }>;
}) {
  const ref = await currentCartRef();
  const [ownCart, t, language] = await Promise.all([
    getCart(db, ref, env.SHOP_CURRENCY),
    getTranslations("checkout"),
    currentLanguage(),
  ]);
  const cart = await inLanguage(db, ownCart, language);
  const locale = formattingLocale(language);
  if (!cart.canCheckout) {
    return (
      <>
        <h1>{t("title")}</h1>
        <div className="notice">
          <p>{cart.lines.length === 0 ? t("cartEmpty") : t("cartNeedsAttention")}</p>
          <Link className="button" href={cart.lines.length === 0 ? "/" : "/cart"}>
            {cart.lines.length === 0 ? t("continueShopping") : t("backToCart")}
          </Link>
        </div>
      </>
    );
  }
  const settings = await getShopSettings();
  const countryNamer = countryNames(locale);
  const countries = countryNamer.choices(deliveryCountries(settings));
  const query = await searchParams;
  const user = await getCurrentUser();
  const addresses = user ? await listAddresses(db, user.id) : [];
  // Only one of the shopper's own addresses can be chosen: an unknown id is simply not found among them.
  const saved = addresses.find((a) => a.id === query.address) ?? null;
  const asked = countryCodeSchema.safeParse(saved ? saved.country : query.country);
  const fallback = settings.zones[0]?.countries[0];
  const country = asked.success && zoneForCountry(settings, asked.data) ? asked.data : fallback;
  const prefill = saved && saved.country === country ? checkoutValuesFromSavedAddress(saved) : {};
  const options = country ? await checkoutOptions(db, ref, country, settings, paymentCapabilities(), language) : null;
  const fmt = (minor: number, currency: string) => formatMoney({ amountMinor: minor, currency }, locale);
  const checkoutHref = await localeHref("/checkout");

  return (
    <>
      <h1>{t("title")}</h1>
      <div className="cart-layout">
        <div>
          <SavedAddressPicker addresses={addresses} chosenId={saved?.id ?? null} action={checkoutHref} />
          {/* Step 1, delivery first: a plain GET form, so choosing the country works without JavaScript. */}
          <form method="get" action={checkoutHref} className="form-grid checkout-country">
            <div className="field">
              <label htmlFor="deliver-to">{t("deliverTo")}</label>
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
                {t("showDeliveryOptions")}
              </button>
            </div>
            {asked.success && country !== asked.data ? (
              <p className="notice notice-warn" role="status">
                {t("notDeliveredThere")}
              </p>
            ) : null}
          </form>
          {options && options.shippingMethods.length > 0 ? (
            <PageTranslations namespaces={["checkout"]}>
              <CheckoutForm
                key={`${options.country}-${saved?.id ?? ""}`}
                idempotencyKey={randomUUID()}
                prefill={prefill}
                locale={locale}
                defaultEmail={user?.email ?? ""}
                country={options.country}
                countryName={countryNamer.name(options.country)}
                shippingMethods={options.shippingMethods.map((m) => ({
                  id: m.id,
                  name: m.name,
                  description: m.description,
                  kind: m.kind,
                  price: m.price.amountMinor === 0 ? t("free") : fmt(m.price.amountMinor, m.price.currency),
                  paymentMethods: m.paymentMethods,
                  pickupLocations: m.pickupLocations,
                }))}
                paymentMethods={options.paymentMethods.map((p) => ({
                  id: p.id,
                  name: t(`paymentMethod.${p.id}`),
                  instructions: p.instructions,
                  surcharge: p.surcharge ? fmt(p.surcharge.amountMinor, p.surcharge.currency) : null,
                }))}
              />
            </PageTranslations>
          ) : (
            <p className="notice notice-warn">
              {options ? t("noDeliveryOption", { country: countryNamer.name(options.country) }) : t("noDeliverySetUp")}
            </p>
          )}
        </div>
        <aside className="cart-summary" aria-label={t("yourCart")}>
          <h2>{t("yourCart")}</h2>
          <ul>
            {cart.lines.map((l) => (
              <li key={l.id}>
                {l.quantity} × {l.productName}
                {l.variantTitle ? ` (${l.variantTitle})` : ""} — <Price money={l.lineTotal} />
              </li>
            ))}
          </ul>
          <p>{t.rich("subtotal", { price: () => <Price money={cart.subtotal} /> })}</p>
          <Link href="/cart">{t("changeCart")}</Link>
        </aside>
      </div>
    </>
  );
}
