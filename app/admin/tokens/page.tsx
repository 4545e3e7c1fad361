import type { Metadata } from "next";
import { db } from "@/lib/db";
import { actorFromSession } from "@/lib/admin/staff-actor";
import { listApiTokens } from "@/lib/api-tokens/list-api-tokens";
import { staffGate } from "@/app/admin/_lib/gate";
import { formatDay, formatWhen } from "@/app/admin/_lib/format";
import { ButtonAction } from "@/app/admin/_components/button-action";
import { revokeTokenAction } from "./actions";
import { CreateTokenForm } from "./create-token-form";
import "../people.css";

export const metadata: Metadata = { title: "API tokens", robots: { index: false } };
export const dynamic = "force-dynamic";

function tokenStatus(token: { revokedAt: Date | null; expiresAt: Date | null }, now: Date) {
  if (token.revokedAt) return { label: "Revoked", className: "badge badge-danger" };
  if (token.expiresAt && token.expiresAt <= now) return { label: "Expired", className: "badge" };
  return { label: "Active", className: "badge badge-ok" };
}

export default async function TokensPage() {
  const viewer = await staffGate("/admin/tokens");
  const tokens = await listApiTokens(db, actorFromSession(viewer));
  const isAdmin = viewer.role === "ADMIN";
  const now = new Date();
  return (
    <main id="main" className="admin-page" tabIndex={-1}>
      <div className="page-head">
        <h1>API tokens</h1>
        <p className="muted">
          Personal tokens let integrations use <code>/api/admin/…</code> as you. A read-only token cannot change
          anything.
        </p>
      </div>

      <section aria-labelledby="new-token-form-title" className="section">
        <h2 id="new-token-form-title">New token</h2>
        <CreateTokenForm />
      </section>

      <section aria-labelledby="tokens-title" className="section">
        <h2 id="tokens-title">{isAdmin ? "Everyone's tokens" : "Your tokens"}</h2>
        {tokens.length === 0 ? (
          <p>No tokens yet.</p>
        ) : (
          <div className="table-scroll">
            <table className="data-table wide-table">
              <thead>
                <tr>
                  <th scope="col">Name</th>
                  {isAdmin ? <th scope="col">Owner</th> : null}
                  <th scope="col">Starts with</th>
                  <th scope="col">Access</th>
                  <th scope="col">Created</th>
                  <th scope="col">Last used</th>
                  <th scope="col">Expires</th>
                  <th scope="col">Status</th>
                  <th scope="col">
                    <span className="visually-hidden">Actions</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {tokens.map((token) => {
                  const status = tokenStatus(token, now);
                  return (
                    <tr key={token.id}>
                      <td className="wrap-anywhere">{token.name}</td>
                      {isAdmin ? <td className="wrap-anywhere">{token.owner.email}</td> : null}
                      <td>
                        <code>{token.prefix}…</code>
                      </td>
                      <td>{token.scope === "WRITE" ? "Read and write" : "Read only"}</td>
                      <td className="nowrap">{formatDay(token.createdAt)}</td>
                      <td className="nowrap">{token.lastUsedAt ? formatWhen(token.lastUsedAt) : "Never"}</td>
                      <td className="nowrap">{token.expiresAt ? formatDay(token.expiresAt) : "Never"}</td>
                      <td>
                        <span className={status.className}>{status.label}</span>
                        {token.revokedAt ? (
                          <>
                            <br />
                            <span className="muted nowrap">{formatDay(token.revokedAt)}</span>
                          </>
                        ) : null}
                      </td>
                      <td>
                        {token.revokedAt ? null : (
                          <ButtonAction
                            action={revokeTokenAction}
                            fields={{ id: token.id }}
                            label="Revoke"
                            pendingLabel="Revoking…"
                            secondary
                          />
                        )}
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
        )}
      </section>
    </main>
  );
}
