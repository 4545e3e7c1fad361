import { getTranslations } from "next-intl/server";
import { adminFormat } from "@/app/admin/_lib/format";
import type { StaffOrderView } from "@/lib/orders/get-order-for-staff";

type Actor = "guest" | "shopper" | "system" | "paymentTest";

/** Who made a change: a known kind of actor (worded by the catalog) or a name shown as it is. */
function actorOf(entry: { actor: string; actorName: string | null }): { kind: Actor } | { name: string } {
  if (entry.actorName) return { name: entry.actorName };
  if (entry.actor === "guest") return { kind: "guest" };
  if (entry.actor === "shopper" || entry.actor.startsWith("customer:")) return { kind: "shopper" };
  if (entry.actor === "system") return { kind: "system" };
  if (entry.actor === "payment:test") return { kind: "paymentTest" };
  if (entry.actor === "payment:stripe") return { name: "Stripe" };
  return { name: entry.actor };
}

/** The order's status changes, oldest first, with who made each. */
export async function OrderHistoryPanel({ order }: { order: StaffOrderView }) {
  const t = await getTranslations("admin");
  const format = await adminFormat();
  const status = (value: StaffOrderView["status"]) => t(`orderStatus.${value}`);
  const by = (entry: { actor: string; actorName: string | null }) => {
    const actor = actorOf(entry);
    return "kind" in actor ? t(`orders.history.actor.${actor.kind}`) : t("orders.history.by", { actor: actor.name });
  };
  return (
    <section aria-labelledby="history-title" className="panel">
      <h2 id="history-title">{t("orders.history.title")}</h2>
      <ol className="order-history">
        {order.history.map((entry, i) => (
          <li key={`${entry.createdAt}-${i}`}>
            <time dateTime={entry.createdAt}>{format.when(entry.createdAt)}</time>{" "}
            <strong>
              {entry.fromStatus === entry.toStatus
                ? status(entry.toStatus)
                : entry.fromStatus
                  ? `${status(entry.fromStatus)} → ${status(entry.toStatus)}`
                  : status(entry.toStatus)}
            </strong>{" "}
            <span className="muted">{by(entry)}</span>
            {entry.note ? <div className="wrap-anywhere">{entry.note}</div> : null}
          </li>
        ))}
      </ol>
    </section>
  );
}
