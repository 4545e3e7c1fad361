import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { LocaleLink as Link } from "@/app/_components/locale-link";
import { ButtonAction } from "@/app/admin/_components/button-action";
import { PageNotice } from "@/app/admin/_components/page-notice";
import { staffGate } from "@/app/admin/_lib/gate";
import { firstParam, type RawSearchParams } from "@/app/admin/_lib/search-params";
import { type SettingsFormat, settingsFormat } from "@/app/admin/_settings/format";
import { db } from "@/lib/db";
import { loadShopSettings } from "@/lib/delivery/load-shop-settings";
import type { DeliveryMethodSetting } from "@/lib/delivery/shop-settings";
import { deleteDeliveryMethodAction, deletePickupLocationAction, deleteZoneAction } from "./actions";
import { deliveryNoticeKeys } from "./notices";
import "../people.css";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("adminSettings.delivery");
  return { title: t("title"), robots: { index: false } };
}
export const dynamic = "force-dynamic";

type Translate = Awaited<ReturnType<typeof getTranslations<"adminSettings">>>;

function priceText(method: DeliveryMethodSetting, t: Translate, format: SettingsFormat): string {
  const money = (minor: number) => format.amount(minor, method.currency);
  const base =
    method.weightBands.length > 0
      ? method.weightBands
          .map((b) =>
            t("delivery.band", {
              kg: format.number(b.maxGrams / 1000, { useGrouping: false }),
              price: money(b.priceMinor),
            }),
          )
          .join(", ")
      : money(method.priceMinor);
  return method.freeFromMinor === null ? base : t("delivery.freeFrom", { base, price: money(method.freeFromMinor) });
}

/** Zones with their delivery methods, and the pickup locations; straight from the database, not the cache. */
export default async function DeliveryPage({ searchParams }: { searchParams: Promise<RawSearchParams> }) {
  await staffGate("/admin/delivery");
  const [settings, query, t, format] = await Promise.all([
    loadShopSettings(db),
    searchParams,
    getTranslations("adminSettings"),
    settingsFormat(),
  ]);
  const notices = Object.fromEntries(deliveryNoticeKeys.map((key) => [key, t(`delivery.notices.${key}`)]));
  const working = t("common.working");
  const status = (active: boolean) =>
    active ? (
      <span className="badge badge-ok">{t("common.active")}</span>
    ) : (
      <span className="badge">{t("common.inactive")}</span>
    );
  return (
    <main id="main" className="admin-page" tabIndex={-1}>
      <div className="page-head">
        <h1>{t("delivery.title")}</h1>
        <Link href="/admin/delivery/zones/new" className="button">
          {t("delivery.newZone")}
        </Link>
      </div>
      <PageNotice notice={firstParam(query.notice)} messages={notices} />
      <p>{t("delivery.intro")}</p>
      {settings.zones.length === 0 ? <p>{t("delivery.noZones")}</p> : null}
      {settings.zones.map((zone) => {
        const methods = settings.methods.filter((m) => m.zoneId === zone.id);
        const headingId = `zone-${zone.id}`;
        return (
          <section key={zone.id} className="panel section" aria-labelledby={headingId}>
            <div className="page-head">
              <h2 id={headingId}>{zone.name}</h2>
              <p className="toolbar">
                <Link href={`/admin/delivery/zones/${zone.id}`}>
                  {t("delivery.editZone")}
                  <span className="visually-hidden"> {zone.name}</span>
                </Link>
                <Link href={`/admin/delivery/methods/new?zone=${zone.id}`}>
                  {t("delivery.addMethod")}
                  <span className="visually-hidden"> {t("delivery.addMethodTo", { zone: zone.name })}</span>
                </Link>
              </p>
            </div>
            <p className="wrap-anywhere">
              <strong>{t("delivery.countries")}</strong>{" "}
              {zone.countries.map((c) => `${format.country(c)} (${c})`).join(", ")}
            </p>
            {methods.length === 0 ? (
              <>
                <p>{t("delivery.noMethods")}</p>
                <ButtonAction
                  action={deleteZoneAction}
                  fields={{ id: zone.id }}
                  label={t("delivery.deleteZone", { zone: zone.name })}
                  pendingLabel={working}
                  secondary
                />
              </>
            ) : (
              <div className="table-scroll">
                <table className="data-table wide-table">
                  <caption className="visually-hidden">{t("delivery.methodsOf", { zone: zone.name })}</caption>
                  <thead>
                    <tr>
                      <th scope="col">{t("delivery.columns.method")}</th>
                      <th scope="col">{t("delivery.columns.kind")}</th>
                      <th scope="col">{t("delivery.columns.price")}</th>
                      <th scope="col">{t("delivery.columns.payment")}</th>
                      <th scope="col">{t("common.status")}</th>
                      <th scope="col">
                        <span className="visually-hidden">{t("common.actions")}</span>
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
                        <td>{t(`delivery.kind.${m.kind}`)}</td>
                        <td data-testid={`method-price-${m.id}`}>{priceText(m, t, format)}</td>
                        <td>{m.paymentMethods.map((p) => t(`common.paymentMethod.${p}`)).join(", ")}</td>
                        <td>{status(m.active)}</td>
                        <td>
                          <ButtonAction
                            action={deleteDeliveryMethodAction}
                            fields={{ id: m.id }}
                            label={t("common.deleteNamed", { name: m.name })}
                            pendingLabel={working}
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
          <h2 id="pickup-title">{t("delivery.pickupTitle")}</h2>
          <Link href="/admin/delivery/pickup/new" className="button button-secondary">
            {t("delivery.newPickup")}
          </Link>
        </div>
        {settings.pickupLocations.length === 0 ? (
          <p>{t("delivery.noPickups")}</p>
        ) : (
          <div className="table-scroll">
            <table className="data-table">
              <caption className="visually-hidden">{t("delivery.pickupTitle")}</caption>
              <thead>
                <tr>
                  <th scope="col">{t("delivery.columns.name")}</th>
                  <th scope="col">{t("delivery.columns.address")}</th>
                  <th scope="col">{t("delivery.columns.openingHours")}</th>
                  <th scope="col">{t("common.status")}</th>
                  <th scope="col">
                    <span className="visually-hidden">{t("common.actions")}</span>
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
                      {[p.line1, p.line2, `${p.postalCode} ${p.city}`, format.country(p.country)]
                        .filter(Boolean)
                        .join(", ")}
                    </td>
                    <td className="wrap-anywhere">{p.openingHours || "—"}</td>
                    <td>{status(p.active)}</td>
                    <td>
                      <ButtonAction
                        action={deletePickupLocationAction}
                        fields={{ id: p.id }}
                        label={t("common.deleteNamed", { name: p.name })}
                        pendingLabel={working}
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
