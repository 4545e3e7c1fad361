import type { Metadata } from "next";
import { db } from "@/lib/db";
import { MAX_PASSWORD_LENGTH, MIN_PASSWORD_LENGTH } from "@/lib/accounts/schemas";
import { listStaff } from "@/lib/staff/list-staff";
import { roleLabels } from "@/lib/staff/roles";
import { adminGate } from "@/app/admin/_lib/gate";
import { formatDay } from "@/app/admin/_lib/format";
import { type RawSearchParams, firstParam } from "@/app/admin/_lib/search-params";
import { PageNotice } from "@/app/admin/_components/page-notice";
import { AccountControls } from "./account-controls";
import { CreateStaffForm } from "./create-staff-form";
import "../people.css";

export const metadata: Metadata = { title: "Staff", robots: { index: false } };
export const dynamic = "force-dynamic";

export default async function StaffPage({ searchParams }: { searchParams: Promise<RawSearchParams> }) {
  const viewer = await adminGate("/admin/staff");
  const notice = firstParam((await searchParams).notice);
  const staff = await listStaff(db);
  return (
    <main id="main" className="admin-page" tabIndex={-1}>
      <div className="page-head">
        <h1>Staff</h1>
        <p className="muted">Staff can run the shop; administrators can also manage staff accounts and roles.</p>
      </div>
      <PageNotice
        notice={notice}
        messages={{ created: "The account has been created. Pass the password on safely." }}
      />

      <section aria-labelledby="staff-list-title" className="section">
        <h2 id="staff-list-title">Staff and administrators</h2>
        <div className="table-scroll">
          <table className="data-table wide-table">
            <thead>
              <tr>
                <th scope="col">Name</th>
                <th scope="col">E-mail</th>
                <th scope="col">Role</th>
                <th scope="col">Since</th>
                <th scope="col">Status</th>
                <th scope="col">Change</th>
              </tr>
            </thead>
            <tbody>
              {staff.map((member) => (
                <tr key={member.id}>
                  <td>{member.name}</td>
                  <td className="wrap-anywhere">{member.email}</td>
                  <td>{roleLabels[member.role]}</td>
                  <td className="nowrap">{formatDay(member.createdAt)}</td>
                  <td>
                    {member.disabledAt ? (
                      <span className="badge badge-danger">Disabled</span>
                    ) : (
                      <span className="badge badge-ok">Active</span>
                    )}
                  </td>
                  <td>
                    {member.id === viewer.id ? (
                      <span className="muted">This is you</span>
                    ) : (
                      <AccountControls
                        account={{
                          id: member.id,
                          name: member.name,
                          role: member.role,
                          disabled: member.disabledAt !== null,
                        }}
                      />
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        <p className="muted">
          To give a customer a staff role, open their account under Customers. Disabling an account ends its sessions
          and stops its API tokens.
        </p>
      </section>

      <section aria-labelledby="new-staff-title" className="section">
        <h2 id="new-staff-title">New staff account</h2>
        <CreateStaffForm
          passwordHint={`${MIN_PASSWORD_LENGTH}–${MAX_PASSWORD_LENGTH} characters, not a common password.`}
        />
      </section>
    </main>
  );
}
