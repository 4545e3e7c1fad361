import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { z } from "zod";
import { safeString } from "@/lib/validation";
import { CART_MERGE_NOTICE_COOKIE } from "@/lib/auth/after-login";
import { LocaleLink as Link } from "@/app/_components/locale-link";
import { Picture } from "@/app/_components/picture";
import { Price } from "@/app/_components/price";
import { getCart } from "@/lib/cart/get-cart";
import { inLanguage } from "@/lib/cart/translate-cart";
import { currentLanguage } from "@/lib/i18n/request-language";
import { MAX_LINE_QUANTITY } from "@/lib/cart/schemas";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { readCookie } from "@/lib/http/request-cookies";
import { currentCartRef } from "@/lib/http/shopper";
import { removeCartLineAction, updateCartLineAction } from "./actions";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("cart");
  return { title: t("title"), robots: { index: false } };
}

// What a cart form did, from the ?notice= it redirected with, and how it is shown.
const notices = {
  added: "ok",
  capped: "warn",
  updated: "ok",
  removed: "ok",
  out_of_stock: "warn",
  unavailable: "warn",
  invalid: "warn",
  full: "warn",
} as const satisfies Record<string, "ok" | "warn">;
type Notice = keyof typeof notices;

type Props = { searchParams: Promise<{ notice?: string }> };

const mergedLines = z
  .array(
    z.object({
      name: safeString().max(200),
      added: z.number().int().min(0),
      requested: z.number().int().min(0),
    }),
  )
  .max(5);

async function mergeNotice(): Promise<z.infer<typeof mergedLines>> {
  const raw = await readCookie(CART_MERGE_NOTICE_COOKIE);
  const parsed = mergedLines.safeParse(raw ? JSON.parse(raw) : []);
  return parsed.success ? parsed.data : [];
}

export default async function CartPage({ searchParams }: Props) {
  const { notice } = await searchParams;
  const merged = await mergeNotice().catch(() => []);
  const shown = notice && Object.hasOwn(notices, notice) ? (notice as Notice) : undefined;
  const [cart, t] = await Promise.all([
    Promise.all([currentCartRef(), currentLanguage()]).then(async ([ref, language]) =>
      inLanguage(db, await getCart(db, ref, env.SHOP_CURRENCY), language),
    ),
    getTranslations("cart"),
  ]);
  return (
    <>
      <h1>{t("title")}</h1>
      {shown ? (
        <p className={`notice notice-${notices[shown]}`} role="status">
          {t(`notice.${shown}`, { max: MAX_LINE_QUANTITY })}
        </p>
      ) : null}
      {merged.length > 0 ? (
        <div className="notice notice-warn" role="status">
          <p>{t("mergeNotice")}</p>
          <ul>
            {merged.map((line) => (
              <li key={line.name}>{t("mergeLine", line)}</li>
            ))}
          </ul>
        </div>
      ) : null}
      {cart.lines.length === 0 ? (
        <div className="notice">
          <p>{t("empty")}</p>
          <Link className="button" href="/">
            {t("continueShopping")}
          </Link>
        </div>
      ) : (
        <div className="cart-layout">
          <ul className="cart-lines">
            {cart.lines.map((line) => (
              <li key={line.id} className="cart-line">
                {line.image ? <Picture src={line.image.url} alt="" width={96} height={96} sizes="96px" /> : null}
                <div className="cart-line-info">
                  <Link href={`/products/${line.productSlug}`}>{line.productName}</Link>
                  {line.variantTitle ? <span className="muted">{line.variantTitle}</span> : null}
                  <span className="muted">{t.rich("each", { price: () => <Price money={line.unitPrice} /> })}</span>
                  {line.problem === "insufficient_stock" ? (
                    <span className="stock stock-out_of_stock">{t("onlyLeft", { count: line.available })}</span>
                  ) : null}
                  {line.problem === "unavailable" ? (
                    <span className="stock stock-out_of_stock">{t("noLongerAvailable")}</span>
                  ) : null}
                </div>
                <form action={updateCartLineAction} className="cart-line-qty">
                  <input type="hidden" name="lineId" value={line.id} />
                  <label htmlFor={`qty-${line.id}`} className="visually-hidden">
                    {t("quantityOf", { product: line.productName })}
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
                    {t("update")}
                    <span className="visually-hidden"> {line.productName}</span>
                  </button>
                </form>
                <Price money={line.lineTotal} />
                <form action={removeCartLineAction}>
                  <input type="hidden" name="lineId" value={line.id} />
                  <button className="button button-secondary" type="submit">
                    {t("remove")}
                    <span className="visually-hidden"> {line.productName}</span>
                  </button>
                </form>
              </li>
            ))}
          </ul>
          <aside className="cart-summary" aria-label={t("summary")}>
            <p>
              {t.rich("subtotalItems", {
                count: cart.itemCount,
                price: () => <Price money={cart.subtotal} />,
              })}
            </p>
            <p className="muted">{t("vatNote")}</p>
            {cart.canCheckout ? (
              <Link className="button" href="/checkout">
                {t("goToCheckout")}
              </Link>
            ) : (
              <p className="stock stock-out_of_stock">{t("fixItems")}</p>
            )}
          </aside>
        </div>
      )}
    </>
  );
}
