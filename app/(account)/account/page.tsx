import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { AccountForm } from "@/app/(account)/_components/account-form";
import { LocaleLink as Link } from "@/app/_components/locale-link";
import { OrderHistory } from "@/app/_components/order-history";
import { listAddresses } from "@/lib/accounts/addresses";
import { getCurrentUser } from "@/lib/auth/current-user";
import { db } from "@/lib/db";
import { localeHref } from "@/lib/i18n/paths";
import { addAddressAction, deleteAddressAction, updateAddressAction, updateProfileAction } from "./actions";
import { addressFields } from "./address-fields";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("account");
  return { title: t("title"), robots: { index: false } };
}

export default async function AccountPage() {
  const user = await getCurrentUser();
  if (!user) redirect(await localeHref("/login?next=/account"));
  const [addresses, t, f, p, newAddressFields] = await Promise.all([
    listAddresses(db, user.id),
    getTranslations("account"),
    getTranslations("fields"),
    getTranslations("passkeys"),
    addressFields(),
  ]);
  const savedAddressFields = await Promise.all(addresses.map((address) => addressFields(address)));
  return (
    <>
      <h1>{t("title")}</h1>
      <p className="inline-actions">
        <Link href="/account/password">{t("changePassword")}</Link>
        <Link href="/account/two-factor">{t("twoFactor")}</Link>
        <Link href="/account/passkeys">{p("title")}</Link>
        <a href="/api/account/export" download>
          {t("downloadData")}
        </a>
        <Link href="/account/delete">{t("deleteAccount")}</Link>
        <Link href="/logout">{t("logOut")}</Link>
      </p>
      <section aria-labelledby="orders-heading" className="section">
        <h2 id="orders-heading">{t("orders")}</h2>
        <OrderHistory userId={user.id} />
      </section>
      <div className="account-sections">
        <section aria-labelledby="details-heading">
          <h2 id="details-heading">{t("personalDetails")}</h2>
          <AccountForm
            action={updateProfileAction}
            submitLabel={t("saveDetails")}
            idPrefix="profile-"
            fields={[
              { name: "name", label: f("name"), autoComplete: "name", maxLength: 100, defaultValue: user.name },
              {
                name: "email",
                label: f("email"),
                type: "email",
                autoComplete: "email",
                maxLength: 254,
                defaultValue: user.email,
              },
            ]}
          />
        </section>
        <section aria-labelledby="addresses-heading">
          <h2 id="addresses-heading">{t("savedAddresses")}</h2>
          {addresses.length === 0 ? <p className="muted">{t("noAddresses")}</p> : null}
          <ul className="address-list">
            {addresses.map((address, index) => (
              <li key={address.id} className="address-card">
                <h3>
                  {address.fullName}, {address.city}
                </h3>
                {address.companyName ? (
                  <p className="muted">
                    {address.companyVatId
                      ? t("companyWithVatId", { company: address.companyName, vatId: address.companyVatId })
                      : address.companyName}
                  </p>
                ) : null}
                <details>
                  <summary>{t("editAddress")}</summary>
                  <AccountForm
                    action={updateAddressAction}
                    hidden={{ id: address.id }}
                    idPrefix={`address-${index}-`}
                    submitLabel={t("saveAddress")}
                    fields={savedAddressFields[index] ?? []}
                  />
                </details>
                <AccountForm
                  action={deleteAddressAction}
                  hidden={{ id: address.id }}
                  fields={[]}
                  submitLabel={t("removeAddress", { name: address.fullName, city: address.city })}
                  secondary
                />
              </li>
            ))}
          </ul>
          <h3>{t("addAddressHeading")}</h3>
          <AccountForm
            action={addAddressAction}
            idPrefix="new-address-"
            submitLabel={t("addAddress")}
            fields={newAddressFields}
          />
        </section>
      </div>
    </>
  );
}
