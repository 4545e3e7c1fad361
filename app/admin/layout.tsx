import type { Metadata } from "next";
import Link from "next/link";
import type { ReactNode } from "react";
import { logOutAction } from "@/app/(account)/actions";
import { getCurrentUser } from "@/lib/auth/current-user";
import { env } from "@/lib/env";
import { AdminNav } from "./_components/admin-nav";
import { sectionsFor } from "./_lib/sections";
import "./admin.css";

export const metadata: Metadata = {
  title: { default: "Admin", template: `%s · Admin · ${env.SHOP_NAME}` },
  robots: { index: false, follow: false },
};

// The frame only: each page checks the role itself (a layout is not re-run on every navigation, so it cannot be
// the guard). Visitors without a staff role see no navigation while their page redirects or 404s.
export default async function AdminLayout({ children }: { children: ReactNode }) {
  const user = await getCurrentUser();
  const staff = user && (user.role === "STAFF" || user.role === "ADMIN") ? user : null;
  return (
    <>
      <a href="#main" className="skip-link">
        Skip to content
      </a>
      <header className="admin-header">
        <div className="admin-header-inner">
          <Link href="/admin" className="admin-brand">
            {env.SHOP_NAME} <span>admin</span>
          </Link>
          {staff ? (
            <div className="admin-user">
              <span>
                {staff.name} ({staff.role === "ADMIN" ? "administrator" : "staff"})
              </span>
              <Link href="/">View shop</Link>
              <form action={logOutAction}>
                <button type="submit" className="link-button">
                  Log out
                </button>
              </form>
            </div>
          ) : null}
        </div>
      </header>
      <div className="admin-shell">
        {staff ? <AdminNav sections={sectionsFor(staff.role)} /> : null}
        <div className="admin-content">{children}</div>
      </div>
    </>
  );
}
