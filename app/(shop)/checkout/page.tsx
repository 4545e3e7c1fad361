import { randomUUID } from "node:crypto";
import type { Metadata } from "next";
import Link from "next/link";
import { Price } from "@/app/_components/price";
import { getCurrentUser } from "@/lib/auth/current-user";
import { getCart } from "@/lib/cart/get-cart";
import { shippingCountries, shippingOptions } from "@/lib/checkout/shipping";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { formatMoney } from "@/lib/money/money";
import { currentCartRef } from "@/lib/http/shopper";
import { CheckoutForm } from "./checkout-form";

export const metadata: Metadata = { title: "Checkout", robots: { index: false } };

export default async function CheckoutPage() {
  const cart = await getCart(db, await currentCartRef(), env.SHOP_CURRENCY);
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
  const fmt = (minor: number) => formatMoney({ amountMinor: minor, currency: env.SHOP_CURRENCY }, env.SHOP_LOCALE);
  return (
    <>
      <h1>Checkout</h1>
      <div className="cart-layout">
        <CheckoutForm
          idempotencyKey={randomUUID()}
          locale={env.SHOP_LOCALE}
          defaultEmail={(await getCurrentUser())?.email ?? ""}
          countries={Object.entries(shippingCountries).map(([code, name]) => ({ code, name }))}
          shippingMethods={shippingOptions("IE", 0).map((home, i) => {
            const abroad = shippingOptions("DE", 0)[i] ?? home;
            const free = home.id === "standard" ? `; free over ${fmt(env.FREE_SHIPPING_THRESHOLD_MINOR)}` : "";
            return {
              id: home.id,
              label: home.label,
              description: `${fmt(home.priceMinor)} in Ireland, ${fmt(abroad.priceMinor)} elsewhere${free}`,
            };
          })}
        />
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
