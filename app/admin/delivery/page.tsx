import type { Metadata } from "next";
import Link from "next/link";
import { ButtonAction } from "@/app/admin/_components/button-action";
import { PageNotice } from "@/app/admin/_components/page-notice";
import { formatAmount } from "@/app/admin/_lib/format";
import { staffGate } from "@/app/admin/_lib/gate";
import { firstParam, type RawSearchParams } from "@/app/admin/_lib/search-params";
import { db } from "@/lib/db";
import { countryName } from "@/lib/delivery/countries";
import { loadShopSettings } from "@/lib/delivery/load-shop-settings";
import type { DeliveryMethodSetting } from "@/lib/delivery/shop-settings";
import { paymentMethodNames } from "@/lib/payments/offered-payment-methods";
import { deleteDeliveryMethodAction, deletePickupLocationAction, deleteZoneAction } from "./actions";
import { deliveryNotices } from "./notices";
import "../people.css";

export const metadata: Metadata = { title: "Delivery", robots: { index: false } };
export const dynamic = "force-dynamic";

function priceText(method: DeliveryMethodSetting): string {
  const money = (minor: number) => formatAmount(minor, method.currency);
  const base =
    method.weightBands.length > 0
      ? method.weightBands.map((b) => `up to ${b.maxGrams / 1000} kg ${money(b.priceMinor)}`).join(", ")
      : money(method.priceMinor);
  return method.freeFromMinor === null ? base : `${base}; free from ${money(method.freeFromMinor)}`;
}

/** Zones with their delivery methods, and the pickup locations; straight from the database, not the cache. */
export default async function DeliveryPage({ searchParams }: { searchParams: Promise<RawSearchParams> }) {
  await staffGate("/admin/delivery");
  const [settings, query] = await Promise.all([loadShopSettings(db), searchParams]);
  return (
    <main id="main" className="admin-page" tabIndex={-1}>
      <div className="page-head">
        <h1>Delivery</h1>
        <Link href="/admin/delivery/zones/new" className="button">
          New zone
        </Link>
      </div>
      <PageNotice notice={firstParam(query.notice)} messages={deliveryNotices} />
      <p>
        Shoppers can choose only countries in a zone, and only the active methods of that zone that take their cart.
        Changes apply to the checkout at once.
      </p>
      {settings.zones.length === 0 ? <p>No zones yet: the checkout cannot deliver anywhere.</p> : null}
      {settings.zones.map((zone) => {
        const methods = settings.methods.filter((m) => m.zoneId === zone.id);
        const headingId = `zone-${zone.id}`;
        return (
          <section key={zone.id} className="panel section" aria-labelledby={headingId}>
            <div className="page-head">
              <h2 id={headingId}>{zone.name}</h2>
              <p className="toolbar">
                <Link href={`/admin/delivery/zones/${zone.id}`}>
                  Edit zone<span className="visually-hidden"> {zone.name}</span>
                </Link>
                <Link href={`/admin/delivery/methods/new?zone=${zone.id}`}>
                  Add delivery method<span className="visually-hidden"> to {zone.name}</span>
                </Link>
              </p>
            </div>
            <p className="wrap-anywhere">
              <strong>Countries:</strong> {zone.countries.map((c) => `${countryName(c)} (${c})`).join(", ")}
            </p>
            {methods.length === 0 ? (
              <>
                <p>No delivery methods: nothing can be delivered to this zone yet.</p>
                <ButtonAction
                  action={deleteZoneAction}
                  fields={{ id: zone.id }}
                  label={`Delete zone ${zone.name}`}
                  secondary
                />
              </>
            ) : (
              <div className="table-scroll">
                <table className="data-table wide-table">
                  <caption className="visually-hidden">Delivery methods of {zone.name}</caption>
                  <thead>
                    <tr>
                      <th scope="col">Method</th>
                      <th scope="col">Kind</th>
                      <th scope="col">Price</th>
                      <th scope="col">Payment</th>
                      <th scope="col">Status</th>
                      <th scope="col">
                        <span className="visually-hidden">Actions</span>
                      </th>
                    </tr>
                  </thead>
                  <tbody>
                    {methods.map((m) => (
                      <tr key={m.id}>
                        <td>
                          <Link href={`/admin/delivery/methods/${m.id}`}>{m.name}</Link>
                          {m.description ? <div className="muted">{m.description}</div> : null}
                        </td>
                        <td>{m.kind === "CLICK_AND_COLLECT" ? "Click & collect" : "Home delivery"}</td>
                        <td data-testid={`method-price-${m.id}`}>{priceText(m)}</td>
                        <td>{m.paymentMethods.map((p) => paymentMethodNames[p]).join(", ")}</td>
                        <td>
                          {m.active ? (
                            <span className="badge badge-ok">Active</span>
                          ) : (
                            <span className="badge">Inactive</span>
                          )}
                        </td>
                        <td>
                          <ButtonAction
                            action={deleteDeliveryMethodAction}
                            fields={{ id: m.id }}
                            label={`Delete ${m.name}`}
                            secondary
                          />
                        </td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            )}
          </section>
        );
      })}

      <section className="section" aria-labelledby="pickup-title">
        <div className="page-head">
          <h2 id="pickup-title">Pickup locations</h2>
          <Link href="/admin/delivery/pickup/new" className="button button-secondary">
            New pickup location
          </Link>
        </div>
        {settings.pickupLocations.length === 0 ? (
          <p>No pickup locations: click &amp; collect cannot be offered.</p>
        ) : (
          <div className="table-scroll">
            <table className="data-table">
              <caption className="visually-hidden">Pickup locations</caption>
              <thead>
                <tr>
                  <th scope="col">Name</th>
                  <th scope="col">Address</th>
                  <th scope="col">Opening hours</th>
                  <th scope="col">Status</th>
                  <th scope="col">
                    <span className="visually-hidden">Actions</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {settings.pickupLocations.map((p) => (
                  <tr key={p.id}>
                    <td>
                      <Link href={`/admin/delivery/pickup/${p.id}`}>{p.name}</Link>
                    </td>
                    <td className="wrap-anywhere">
                      {[p.line1, p.line2, `${p.postalCode} ${p.city}`, countryName(p.country)]
                        .filter(Boolean)
                        .join(", ")}
                    </td>
                    <td className="wrap-anywhere">{p.openingHours || "—"}</td>
                    <td>
                      {p.active ? (
                        <span className="badge badge-ok">Active</span>
                      ) : (
                        <span className="badge">Inactive</span>
                      )}
                    </td>
                    <td>
                      <ButtonAction
                        action={deletePickupLocationAction}
                        fields={{ id: p.id }}
                        label={`Delete ${p.name}`}
                        secondary
                      />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>
    </main>
  );
}
