import Link from "next/link";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { getOrderReturns } from "@/lib/returns/get-order-returns";
import { returnStatusLabels } from "@/lib/returns/lock-return";

/**
 * The order page's returns: what was asked for and where each return stands, and the way to return items while
 * the window is open. Shown from delivery on, or once anything was returned.
 */
export async function ReturnsSection({
  orderId,
  token,
  userId,
  linkValid,
  justRequested,
}: {
  orderId: string;
  token: string;
  userId: string | null;
  linkValid: boolean;
  justRequested: boolean;
}) {
  const view = await getOrderReturns(db, orderId, { userId, linkValid });
  if (view.returns.length === 0 && !view.window.deliveredAt) return null;
  const closes = view.window.closesAt
    ? new Date(view.window.closesAt).toLocaleDateString(env.SHOP_LOCALE, {
        dateStyle: "long",
        timeZone: env.SHOP_TIME_ZONE,
      })
    : null;
  const returnHref = `/orders/${orderId}/return${token ? `?token=${encodeURIComponent(token)}` : ""}`;
  return (
    <section aria-labelledby="returns-heading" className="notice" id="returns">
      <h2 id="returns-heading">Returns</h2>
      {justRequested ? (
        <p role="status">
          <strong>Thank you, we received your return request.</strong> We will e-mail you what happens next.
        </p>
      ) : null}
      {view.returns.length > 0 ? (
        <ul>
          {view.returns.map((ret) => (
            <li key={ret.id}>
              Return {ret.number}: <strong>{returnStatusLabels[ret.status]}</strong> —{" "}
              {ret.lines.map((l) => `${l.quantity} × ${l.productName}`).join(", ")}
              {ret.staffNote ? <span className="muted"> ({ret.staffNote})</span> : null}
            </li>
          ))}
        </ul>
      ) : null}
      {view.window.open ? (
        <p>
          You can return items until {closes}.{" "}
          <Link href={returnHref} className="button">
            Return items
          </Link>
        </p>
      ) : (
        <p>{view.window.closedReason}</p>
      )}
    </section>
  );
}
