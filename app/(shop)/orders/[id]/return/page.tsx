import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { currentUserId } from "@/lib/http/shopper";
import { orderTokenValid } from "@/lib/orders/order-link";
import { type OrderReturns, getOrderReturns } from "@/lib/returns/get-order-returns";
import { ReturnForm } from "./return-form";

export const metadata: Metadata = { title: "Return items", robots: { index: false } };

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ token?: string }> };

async function load(id: string, token: string): Promise<OrderReturns | null> {
  if (!/^[0-9a-f-]{36}$/.test(id)) return null;
  try {
    return await getOrderReturns(db, id, { userId: await currentUserId(), linkValid: orderTokenValid(id, token) });
  } catch (error) {
    if (error instanceof AppError && (error.code === "not_found" || error.code === "invalid_input")) return null;
    throw error;
  }
}

/** The shopper's return form: which items, how many, and why; or why nothing can be returned now. */
export default async function ReturnPage({ params, searchParams }: Props) {
  const [{ id }, { token = "" }] = await Promise.all([params, searchParams]);
  const view = await load(id, token);
  if (!view) notFound();
  const orderHref = `/orders/${view.orderId}${token ? `?token=${encodeURIComponent(token)}` : ""}`;
  const closes = view.window.closesAt
    ? new Date(view.window.closesAt).toLocaleDateString(env.SHOP_LOCALE, {
        dateStyle: "long",
        timeZone: env.SHOP_TIME_ZONE,
      })
    : null;
  return (
    <>
      <h1>Return items from order {view.orderNumber}</h1>
      <p>
        <Link href={orderHref}>← Back to the order</Link>
      </p>
      {view.window.open ? (
        <>
          <p>
            You may return items within {view.window.days} days of delivery{closes ? `, until ${closes}` : ""}. Choose
            how many units of each item you are sending back. We confirm by e-mail and tell you where to send them; the
            refund follows once they arrive.
          </p>
          <ReturnForm
            orderId={view.orderId}
            token={token}
            lines={view.lines.map((line) => ({
              orderLineId: line.orderLineId,
              label: `${line.productName}${line.variantTitle ? ` – ${line.variantTitle}` : ""}`,
              bought: line.quantity,
              returnable: line.returnable,
            }))}
          />
        </>
      ) : (
        <p className="notice notice-warn" role="status">
          {view.window.closedReason}
        </p>
      )}
    </>
  );
}
