import { formatWhen } from "@/app/admin/_lib/format";
import type { StaffOrderView } from "@/lib/orders/get-order-for-staff";
import { orderStatusLabels } from "@/lib/orders/state-machine";

function actorText(entry: { actor: string; actorName: string | null }): string {
  if (entry.actorName) return entry.actorName;
  if (entry.actor === "guest") return "the shopper (guest)";
  if (entry.actor === "shopper" || entry.actor.startsWith("customer:")) return "the shopper";
  if (entry.actor === "system") return "the shop (automatic)";
  if (entry.actor === "payment:test") return "the built-in payment provider";
  if (entry.actor === "payment:stripe") return "Stripe";
  return entry.actor;
}

/** The order's status changes, oldest first, with who made each. */
export function OrderHistoryPanel({ order }: { order: StaffOrderView }) {
  return (
    <section aria-labelledby="history-title" className="panel">
      <h2 id="history-title">History</h2>
      <ol className="order-history">
        {order.history.map((entry, i) => (
          <li key={`${entry.createdAt}-${i}`}>
            <time dateTime={entry.createdAt}>{formatWhen(entry.createdAt)}</time>{" "}
            <strong>
              {entry.fromStatus === entry.toStatus
                ? orderStatusLabels[entry.toStatus]
                : entry.fromStatus
                  ? `${orderStatusLabels[entry.fromStatus]} → ${orderStatusLabels[entry.toStatus]}`
                  : orderStatusLabels[entry.toStatus]}
            </strong>{" "}
            <span className="muted">by {actorText(entry)}</span>
            {entry.note ? <div className="wrap-anywhere">{entry.note}</div> : null}
          </li>
        ))}
      </ol>
    </section>
  );
}
