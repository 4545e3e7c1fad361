import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { AccountForm } from "@/app/(account)/_components/account-form";
import { OrderHistory } from "@/app/_components/order-history";
import { listAddresses } from "@/lib/accounts/addresses";
import { getCurrentUser } from "@/lib/auth/current-user";
import { db } from "@/lib/db";
import { addAddressAction, deleteAddressAction, updateAddressAction, updateProfileAction } from "./actions";
import { addressFields } from "./address-fields";

export const metadata: Metadata = { title: "Your account", robots: { index: false } };

export default async function AccountPage() {
  const user = await getCurrentUser();
  if (!user) redirect("/login?next=/account");
  const addresses = await listAddresses(db, user.id);
  return (
    <>
      <h1>Your account</h1>
      <p className="inline-actions">
        <Link href="/account/password">Change password</Link>
        <Link href="/account/two-factor">Two-factor sign-in</Link>
        <a href="/api/account/export" download>
          Download your data
        </a>
        <Link href="/account/delete">Delete your account</Link>
        <Link href="/logout">Log out</Link>
      </p>
      <section aria-labelledby="orders-heading" className="section">
        <h2 id="orders-heading">Your orders</h2>
        <OrderHistory userId={user.id} />
      </section>
      <div className="account-sections">
        <section aria-labelledby="details-heading">
          <h2 id="details-heading">Personal details</h2>
          <AccountForm
            action={updateProfileAction}
            submitLabel="Save details"
            idPrefix="profile-"
            fields={[
              { name: "name", label: "Name", autoComplete: "name", maxLength: 100, defaultValue: user.name },
              {
                name: "email",
                label: "E-mail address",
                type: "email",
                autoComplete: "email",
                maxLength: 254,
                defaultValue: user.email,
              },
            ]}
          />
        </section>
        <section aria-labelledby="addresses-heading">
          <h2 id="addresses-heading">Saved addresses</h2>
          {addresses.length === 0 ? <p className="muted">You have no saved addresses yet.</p> : null}
          <ul className="address-list">
            {addresses.map((address, index) => (
              <li key={address.id} className="address-card">
                <h3>
                  {address.fullName}, {address.city}
                </h3>
                {address.companyName ? (
                  <p className="muted">
                    {address.companyName}
                    {address.companyVatId ? `, VAT ID ${address.companyVatId}` : ""}
                  </p>
                ) : null}
                <details>
                  <summary>Edit this address</summary>
                  <AccountForm
                    action={updateAddressAction}
                    hidden={{ id: address.id }}
                    idPrefix={`address-${index}-`}
                    submitLabel="Save address"
                    fields={addressFields(address)}
                  />
                </details>
                <AccountForm
                  action={deleteAddressAction}
                  hidden={{ id: address.id }}
                  fields={[]}
                  submitLabel={`Remove ${address.fullName}, ${address.city}`}
                  secondary
                />
              </li>
            ))}
          </ul>
          <h3>Add an address</h3>
          <AccountForm
            action={addAddressAction}
            idPrefix="new-address-"
            submitLabel="Add address"
            fields={addressFields()}
          />
        </section>
      </div>
    </>
  );
}
