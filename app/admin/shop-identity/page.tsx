import type { Metadata } from "next";
import Link from "next/link";
import { PageNotice } from "@/app/admin/_components/page-notice";
import { staffGate } from "@/app/admin/_lib/gate";
import { firstParam, type RawSearchParams } from "@/app/admin/_lib/search-params";
import { db } from "@/lib/db";
import { loadShopIdentity } from "@/lib/shop/shop-identity";
import { ShopIdentityForm } from "./shop-identity-form";
import "../people.css";

export const metadata: Metadata = { title: "Shop identity", robots: { index: false } };
export const dynamic = "force-dynamic";

const notices = { saved: "Shop identity saved. Invoices issued from now on carry it; issued ones stay as they are." };

export default async function ShopIdentityPage({ searchParams }: { searchParams: Promise<RawSearchParams> }) {
  await staffGate("/admin/shop-identity");
  const [identity, saved, query] = await Promise.all([
    loadShopIdentity(db),
    db.shopIdentitySetting.findUnique({ where: { id: 1 }, select: { updatedAt: true } }),
    searchParams,
  ]);
  return (
    <main id="main" className="admin-page" tabIndex={-1}>
      <h1>Shop identity</h1>
      <PageNotice notice={firstParam(query.notice)} messages={notices} />
      <p>
        Who sells: shown in the <Link href="/imprint">imprint</Link> and the footer of every page, at the foot of every
        e-mail, and as the seller on invoices and credit notes issued from now on. Invoices already issued never change.
        Bank details for transfers are under <Link href="/admin/payments">Payments</Link>.
      </p>
      {saved ? null : (
        <p className="notice" role="note">
          Not saved yet: these are the defaults from the SHOP_* settings of this installation.
        </p>
      )}
      <section className="panel section" aria-labelledby="identity-title">
        <h2 id="identity-title">Legal identity</h2>
        <ShopIdentityForm
          initial={{
            legalName: identity.legalName,
            address: identity.addressLines.join("\n"),
            companyId: identity.companyId ?? "",
            vatId: identity.vatId ?? "",
            email: identity.email,
          }}
        />
      </section>
    </main>
  );
}
