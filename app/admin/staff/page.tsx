import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { db } from "@/lib/db";
import { MAX_PASSWORD_LENGTH, MIN_PASSWORD_LENGTH } from "@/lib/accounts/schemas";
import { listStaff } from "@/lib/staff/list-staff";
import { adminGate } from "@/app/admin/_lib/gate";
import { settingsFormat } from "@/app/admin/_settings/format";
import { type RawSearchParams, firstParam } from "@/app/admin/_lib/search-params";
import { PageNotice } from "@/app/admin/_components/page-notice";
import { AccountControls } from "./account-controls";
import { CreateStaffForm } from "./create-staff-form";
import "../people.css";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("adminSettings.staff");
  return { title: t("title"), robots: { index: false } };
}
export const dynamic = "force-dynamic";

export default async function StaffPage({ searchParams }: { searchParams: Promise<RawSearchParams> }) {
  const viewer = await adminGate("/admin/staff");
  const notice = firstParam((await searchParams).notice);
  const staff = await listStaff(db);
  const [t, tCommon, format] = await Promise.all([
    getTranslations("adminSettings.staff"),
    getTranslations("adminSettings.common"),
    settingsFormat(),
  ]);
  return (
    <main id="main" className="admin-page" tabIndex={-1}>
      <div className="page-head">
        <h1>{t("title")}</h1>
        <p className="muted">{t("intro")}</p>
      </div>
      <PageNotice notice={notice} messages={{ created: t("created") }} />

      <section aria-labelledby="staff-list-title" className="section">
        <h2 id="staff-list-title">{t("listTitle")}</h2>
        <div className="table-scroll">
          <table className="data-table wide-table">
            <thead>
              <tr>
                <th scope="col">{t("columns.name")}</th>
                <th scope="col">{t("columns.email")}</th>
                <th scope="col">{t("columns.role")}</th>
                <th scope="col">{t("columns.since")}</th>
                <th scope="col">{tCommon("status")}</th>
                <th scope="col">{t("columns.change")}</th>
              </tr>
            </thead>
            <tbody>
              {staff.map((member) => (
                <tr key={member.id}>
                  <td>{member.name}</td>
                  <td className="wrap-anywhere">{member.email}</td>
                  <td>{t(`role.${member.role}`)}</td>
                  <td className="nowrap">{format.day(member.createdAt)}</td>
                  <td>
                    {member.disabledAt ? (
                      <span className="badge badge-danger">{t("disabled")}</span>
                    ) : (
                      <span className="badge badge-ok">{tCommon("active")}</span>
                    )}
                  </td>
                  <td>
                    {member.id === viewer.id ? (
                      <span className="muted">{t("you")}</span>
                    ) : (
                      <AccountControls
                        account={{
                          id: member.id,
                          name: member.name,
                          role: member.role,
                          disabled: member.disabledAt !== null,
                          twoFactor: member.twoFactorEnabledAt !== null,
                        }}
                      />
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        <p className="muted">{t("outro")}</p>
      </section>

      <section aria-labelledby="new-staff-title" className="section">
        <h2 id="new-staff-title">{t("newTitle")}</h2>
        <CreateStaffForm passwordHint={t("passwordHint", { min: MIN_PASSWORD_LENGTH, max: MAX_PASSWORD_LENGTH })} />
      </section>
    </main>
  );
}
