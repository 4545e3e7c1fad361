import { Fragment } from "react";
import type { Translator } from "@/lib/i18n/translator";
import type { ShopIdentity } from "@/lib/shop/shop-identity";

/** Who runs the shop, from the identity staff set (Admin → Shop identity): the imprint shows it above its text. */
export function ShopOperator({ shop, t }: { shop: ShopIdentity; t: Translator }) {
  return (
    <section className="legal-operator" aria-labelledby="operator-title" data-testid="shop-operator">
      <h2 id="operator-title">{t("legal.operator")}</h2>
      <address>
        <strong>{shop.legalName}</strong>
        {shop.addressLines.map((line, index) => (
          <Fragment key={index}>
            <br />
            {line}
          </Fragment>
        ))}
      </address>
      <dl>
        {shop.companyId ? (
          <>
            <dt>{t("legal.companyId")}</dt>
            <dd>{shop.companyId}</dd>
          </>
        ) : null}
        {shop.vatId ? (
          <>
            <dt>{t("legal.vatId")}</dt>
            <dd>{shop.vatId}</dd>
          </>
        ) : null}
        <dt>{t("legal.email")}</dt>
        <dd>
          <a href={`mailto:${shop.email}`}>{shop.email}</a>
        </dd>
      </dl>
    </section>
  );
}
