import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { db } from "@/lib/db";
import { actorFromSession } from "@/lib/admin/staff-actor";
import { listApiTokens } from "@/lib/api-tokens/list-api-tokens";
import { staffGate } from "@/app/admin/_lib/gate";
import { settingsFormat } from "@/app/admin/_settings/format";
import { ButtonAction } from "@/app/admin/_components/button-action";
import { revokeTokenAction } from "./actions";
import { CreateTokenForm } from "./create-token-form";
import "../people.css";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("adminSettings.tokens");
  return { title: t("title"), robots: { index: false } };
}
export const dynamic = "force-dynamic";

function tokenStatus(token: { revokedAt: Date | null; expiresAt: Date | null }, now: Date) {
  if (token.revokedAt) return { key: "revoked", className: "badge badge-danger" } as const;
  if (token.expiresAt && token.expiresAt <= now) return { key: "expired", className: "badge" } as const;
  return { key: "active", className: "badge badge-ok" } as const;
}

export default async function TokensPage() {
  const viewer = await staffGate("/admin/tokens");
  const tokens = await listApiTokens(db, actorFromSession(viewer));
  const isAdmin = viewer.role === "ADMIN";
  const now = new Date();
  const [t, tCommon, format] = await Promise.all([
    getTranslations("adminSettings.tokens"),
    getTranslations("adminSettings.common"),
    settingsFormat(),
  ]);
  return (
    <main id="main" className="admin-page" tabIndex={-1}>
      <div className="page-head">
        <h1>{t("title")}</h1>
        <p className="muted">{t.rich("intro", { code: (chunks) => <code>{chunks}</code> })}</p>
      </div>

      <section aria-labelledby="new-token-form-title" className="section">
        <h2 id="new-token-form-title">{t("newTitle")}</h2>
        <CreateTokenForm />
      </section>

      <section aria-labelledby="tokens-title" className="section">
        <h2 id="tokens-title">{isAdmin ? t("everyones") : t("yours")}</h2>
        {tokens.length === 0 ? (
          <p>{t("none")}</p>
        ) : (
          <div className="table-scroll">
            <table className="data-table wide-table">
              <thead>
                <tr>
                  <th scope="col">{t("columns.name")}</th>
                  {isAdmin ? <th scope="col">{t("columns.owner")}</th> : null}
                  <th scope="col">{t("columns.startsWith")}</th>
                  <th scope="col">{t("form.access")}</th>
                  <th scope="col">{t("columns.created")}</th>
                  <th scope="col">{t("columns.lastUsed")}</th>
                  <th scope="col">{t("columns.expires")}</th>
                  <th scope="col">{tCommon("status")}</th>
                  <th scope="col">
                    <span className="visually-hidden">{tCommon("actions")}</span>
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
                      <td>{t(`scope.${token.scope}`)}</td>
                      <td className="nowrap">{format.day(token.createdAt)}</td>
                      <td className="nowrap">{token.lastUsedAt ? format.when(token.lastUsedAt) : t("never")}</td>
                      <td className="nowrap">{token.expiresAt ? format.day(token.expiresAt) : t("never")}</td>
                      <td>
                        <span className={status.className}>{t(`status.${status.key}`)}</span>
                        {token.revokedAt ? (
                          <>
                            <br />
                            <span className="muted nowrap">{format.day(token.revokedAt)}</span>
                          </>
                        ) : null}
                      </td>
                      <td>
                        {token.revokedAt ? null : (
                          <ButtonAction
                            action={revokeTokenAction}
                            fields={{ id: token.id }}
                            label={t("revoke")}
                            pendingLabel={t("revoking")}
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
