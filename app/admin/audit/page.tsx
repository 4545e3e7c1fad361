import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { LocaleLink } from "@/app/_components/locale-link";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { auditChanges, auditUnchanged } from "@/lib/audit/audit-diff";
import { listAuditLog } from "@/lib/audit/list-audit-log";
import { type AuditQuery, auditQuerySchema } from "@/lib/audit/schemas";
import { localeHref } from "@/lib/i18n/paths";
import { currentLanguage } from "@/lib/i18n/request-language";
import { translateZodIssue } from "@/lib/i18n/server-text";
import { fieldErrorsFromZod } from "@/lib/validation";
import { staffGate } from "@/app/admin/_lib/gate";
import { adminFormat, formatIso } from "@/app/admin/_lib/format";
import { type RawSearchParams, flatParams, queryString } from "@/app/admin/_lib/search-params";
import { TableHead } from "@/app/admin/_components/table-head";
import { isAuditActionKey, isAuditEntityKey } from "./audit-words";
import { entityHref } from "./entity-link";
import "../people.css";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("admin.audit");
  return { title: t("title"), robots: { index: false } };
}
export const dynamic = "force-dynamic";

/** Long JSON values are cut for the table; the full row stays in the database. */
const MAX_VALUE_CHARS = 300;
const clip = (text: string) => (text.length > MAX_VALUE_CHARS ? `${text.slice(0, MAX_VALUE_CHARS)}…` : text);

/** The filters; each label is the catalog's admin.audit.filters.<name>. */
const filterFields = [
  { name: "actor", type: "search", max: 254 },
  { name: "action", type: "search", max: 100 },
  { name: "entityType", type: "search", max: 60 },
  { name: "entityId", type: "search", max: 200 },
  { name: "from", type: "date", max: 10 },
  { name: "to", type: "date", max: 10 },
] as const;

export default async function AuditPage({ searchParams }: { searchParams: Promise<RawSearchParams> }) {
  await staffGate("/admin/audit");
  const raw = flatParams(await searchParams);
  const parsed = auditQuerySchema.safeParse(raw);
  const language = await currentLanguage();
  const errors = parsed.success ? {} : fieldErrorsFromZod(parsed.error, (issue) => translateZodIssue(issue, language));
  const query: AuditQuery = parsed.success ? parsed.data : {};
  const { rows, next } = parsed.success ? await listAuditLog(db, query, env.SHOP_TIME_ZONE) : { rows: [], next: null };
  const filters = Object.fromEntries(filterFields.map((f) => [f.name, raw[f.name]]));
  const filtered = filterFields.some((f) => raw[f.name]);
  const t = await getTranslations("admin.audit");
  const format = await adminFormat();
  const actionWords = (code: string) => (isAuditActionKey(code) ? t(`actions.${code}`) : code);
  const entityWords = (type: string) => (isAuditEntityKey(type) ? t(`entities.${type}`) : type);

  return (
    <main id="main" className="admin-page" tabIndex={-1}>
      <div className="page-head">
        <h1>{t("title")}</h1>
        <p className="muted">{t("intro", { timeZone: env.SHOP_TIME_ZONE })}</p>
      </div>

      <form
        className="audit-filters"
        action={await localeHref("/admin/audit")}
        method="get"
        aria-label={t("filterLabel")}
      >
        {filterFields.map((field) => {
          const id = `audit-${field.name}`;
          const error = errors[field.name];

          return (
            <div className="form-field" key={field.name}>
              <label htmlFor={id}>{t(`filters.${field.name}`)}</label>
              <input
                id={id}
                name={field.name}
                type={field.type}
                className="input"
                maxLength={field.max}
                defaultValue={raw[field.name] ?? ""}
                aria-invalid={error ? true : undefined}
                aria-describedby={error ? `${id}-error` : undefined}
              />
              {error ? (
                <p id={`${id}-error`} className="form-error">
                  {error}
                </p>
              ) : null}
            </div>
          );
        })}
        <div className="toolbar-buttons">
          <button type="submit" className="button">
            {t("filter")}
          </button>
          {filtered ? <LocaleLink href="/admin/audit">{t("clearFilters")}</LocaleLink> : null}
        </div>
      </form>
      <p className="muted small-print filter-note">{t("filterNote")}</p>

      {!parsed.success ? (
        <p role="alert" className="notice notice-error">
          {t("filtersInvalid")}
        </p>
      ) : rows.length === 0 ? (
        <p>{query.after ? t("noOlder") : t("noneMatching")}</p>
      ) : (
        <div className="table-scroll">
          <table className="data-table audit-table wide-table">
            <caption className="visually-hidden">{t("caption")}</caption>
            <TableHead
              columns={[
                t("columns.when"),
                t("columns.who"),
                t("columns.action"),
                t("columns.entity"),
                t("columns.changes"),
              ]}
            />
            <tbody>
              {rows.map((row) => {
                const changes = auditChanges(row.before, row.after);
                const unchanged = auditUnchanged(row.before, row.after);
                const href = entityHref(row.entityType, row.entityId);
                return (
                  <tr key={row.id}>
                    <td>
                      <time dateTime={formatIso(row.createdAt)}>{format.when(row.createdAt)}</time>
                    </td>
                    <td className="wrap-anywhere">
                      {row.actorEmail ?? "—"}
                      <br />
                      <span className="muted">{row.via.startsWith("token:") ? t("viaToken") : t("viaSession")}</span>
                    </td>
                    <td>
                      {actionWords(row.action)}
                      <br />
                      <code className="muted small-print">{row.action}</code>
                    </td>
                    <td className="wrap-anywhere">
                      {entityWords(row.entityType)}
                      {row.entityId ? (
                        <>
                          <br />
                          {href ? (
                            <LocaleLink href={href} className="muted-link">
                              {row.entityId}
                            </LocaleLink>
                          ) : (
                            <span className="muted">{row.entityId}</span>
                          )}
                        </>
                      ) : null}
                    </td>
                    <td>
                      {changes.length === 0 ? <span className="muted">{t("noFieldChanged")}</span> : null}
                      {changes.length + unchanged.length > 0 ? (
                        <ul className="audit-changes">
                          {changes.map((change) => (
                            <li key={change.field}>
                              <span className="audit-field">{change.field}</span>{" "}
                              <code className="audit-before">
                                {change.before === undefined ? "—" : clip(change.before)}
                              </code>{" "}
                              <span aria-hidden="true">→</span>
                              <span className="visually-hidden">{t("changedTo")}</span>{" "}
                              <code className="audit-after">
                                {change.after === undefined ? "—" : clip(change.after)}
                              </code>
                            </li>
                          ))}
                          {unchanged.map((same) => (
                            <li key={same.field} className="audit-same">
                              <span className="audit-field">{same.field}</span> <code>{clip(same.value)}</code>{" "}
                              <span className="muted">{t("unchanged")}</span>
                            </li>
                          ))}
                        </ul>
                      ) : null}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}

      {query.after || next ? (
        <nav className="pager" aria-label={t("pagerLabel")}>
          {query.after ? <LocaleLink href={`/admin/audit${queryString(filters)}`}>{t("newest")}</LocaleLink> : null}
          {next ? (
            <LocaleLink href={`/admin/audit${queryString({ ...filters, after: next })}`} rel="next">
              {t("older")} <span aria-hidden="true">→</span>
            </LocaleLink>
          ) : null}
        </nav>
      ) : null}
    </main>
  );
}
