import type { Metadata } from "next";
import Link from "next/link";
import { env } from "@/lib/env";
import { staffGate } from "@/app/admin/_lib/gate";
import { DiscountForm } from "./discount-form";
import "../../people.css";

export const metadata: Metadata = { title: "New discount code", robots: { index: false } };
export const dynamic = "force-dynamic";

export default async function NewDiscountPage() {
  await staffGate("/admin/discounts/new");
  return (
    <main id="main" className="admin-page" tabIndex={-1}>
      <p>
        <Link href="/admin/discounts">← Discount codes</Link>
      </p>
      <h1>New discount code</h1>
      <DiscountForm currency={env.SHOP_CURRENCY} timeZone={env.SHOP_TIME_ZONE} />
    </main>
  );
}
