import type { Metadata } from "next";
import { z } from "zod";
import { safeString } from "@/lib/validation";
import { CART_MERGE_NOTICE_COOKIE } from "@/lib/auth/after-login";
import Image from "next/image";
import Link from "next/link";
import { Price } from "@/app/_components/price";
import { getCart } from "@/lib/cart/get-cart";
import { MAX_LINE_QUANTITY } from "@/lib/cart/schemas";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { readCookie } from "@/lib/http/request-cookies";
import { currentCartRef } from "@/lib/http/shopper";
import { removeCartLineAction, updateCartLineAction } from "./actions";

export const metadata: Metadata = { title: "Your cart", robots: { index: false } };

const notices: Record<string, { text: string; tone: "ok" | "warn" }> = {
  added: { text: "Added to your cart.", tone: "ok" },
  capped: { text: "Added as many as we have in stock (or the most per order).", tone: "warn" },
  updated: { text: "Cart updated.", tone: "ok" },
  removed: { text: "Removed from your cart.", tone: "ok" },
  out_of_stock: { text: "Sorry, we don’t have that many in stock.", tone: "warn" },
  unavailable: { text: "That item is no longer available.", tone: "warn" },
  invalid: { text: "Please choose a quantity from 1 to 20.", tone: "warn" },
  full: { text: "Your cart is full. Please check out or remove something first.", tone: "warn" },
};

type Props = { searchParams: Promise<{ notice?: string }> };

async function mergeNotice(): Promise<string[]> {
  const raw = await readCookie(CART_MERGE_NOTICE_COOKIE);
  const parsed = z
    .array(safeString().max(200))
    .max(5)
    .safeParse(raw ? JSON.parse(raw) : []);
  return parsed.success ? parsed.data : [];
}

export default async function CartPage({ searchParams }: Props) {
  const { notice } = await searchParams;
  const merged = await mergeNotice().catch(() => []);
  const message = notice ? notices[notice] : undefined;
  const cart = await getCart(db, await currentCartRef(), env.SHOP_CURRENCY);
  return (
    <>
      <h1>Your cart</h1>
      {message ? (
        <p className={`notice notice-${message.tone}`} role="status">
          {message.text}
        </p>
      ) : null}
      {merged.length > 0 ? (
        <div className="notice notice-warn" role="status">
          <p>When you logged in, we added the items from your guest cart. Some could not be added in full:</p>
          <ul>
            {merged.map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
        </div>
      ) : null}
      {cart.lines.length === 0 ? (
        <div className="notice">
          <p>Your cart is empty.</p>
          <Link className="button" href="/">
            Continue shopping
          </Link>
        </div>
      ) : (
        <div className="cart-layout">
          <ul className="cart-lines">
            {cart.lines.map((line) => (
              <li key={line.id} className="cart-line">
                {line.image ? <Image src={line.image.url} alt="" width={96} height={96} sizes="96px" /> : null}
                <div className="cart-line-info">
                  <Link href={`/products/${line.productSlug}`}>{line.productName}</Link>
                  {line.variantTitle ? <span className="muted">{line.variantTitle}</span> : null}
                  <span className="muted">
                    <Price money={line.unitPrice} /> each
                  </span>
                  {line.problem === "insufficient_stock" ? (
                    <span className="stock stock-out_of_stock">Only {line.available} left: lower the quantity.</span>
                  ) : null}
                  {line.problem === "unavailable" ? (
                    <span className="stock stock-out_of_stock">No longer available: please remove it.</span>
                  ) : null}
                </div>
                <form action={updateCartLineAction} className="cart-line-qty">
                  <input type="hidden" name="lineId" value={line.id} />
                  <label htmlFor={`qty-${line.id}`} className="visually-hidden">
                    Quantity of {line.productName}
                  </label>
                  <input
                    id={`qty-${line.id}`}
                    className="input"
                    type="number"
                    name="quantity"
                    min={1}
                    max={MAX_LINE_QUANTITY}
                    defaultValue={line.quantity}
                    inputMode="numeric"
                  />
                  <button className="button button-secondary" type="submit">
                    Update<span className="visually-hidden"> {line.productName}</span>
                  </button>
                </form>
                <Price money={line.lineTotal} />
                <form action={removeCartLineAction}>
                  <input type="hidden" name="lineId" value={line.id} />
                  <button className="button button-secondary" type="submit">
                    Remove<span className="visually-hidden"> {line.productName}</span>
                  </button>
                </form>
              </li>
            ))}
          </ul>
          <aside className="cart-summary" aria-label="Summary">
            <p>
              Subtotal ({cart.itemCount} {cart.itemCount === 1 ? "item" : "items"}): <Price money={cart.subtotal} />
            </p>
            <p className="muted">Prices include VAT. Delivery is calculated at checkout.</p>
            {cart.canCheckout ? (
              <Link className="button" href="/checkout">
                Go to checkout
              </Link>
            ) : (
              <p className="stock stock-out_of_stock">Please fix the items marked above to check out.</p>
            )}
          </aside>
        </div>
      )}
    </>
  );
}
