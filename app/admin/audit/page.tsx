import type { Metadata } from "next";
import Link from "next/link";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { auditChanges, auditUnchanged } from "@/lib/audit/audit-diff";
import { listAuditLog } from "@/lib/audit/list-audit-log";
import { type AuditQuery, auditQuerySchema } from "@/lib/audit/schemas";
import { fieldErrorsFromZod } from "@/lib/validation";
import { staffGate } from "@/app/admin/_lib/gate";
import { formatIso, formatWhen } from "@/app/admin/_lib/format";
import { type RawSearchParams, flatParams, queryString } from "@/app/admin/_lib/search-params";
import { entityHref } from "./entity-link";
import "../people.css";

export const metadata: Metadata = { title: "Audit log", robots: { index: false } };
export const dynamic = "force-dynamic";

/** Long JSON values are cut for the table; the full row stays in the database. */
const MAX_VALUE_CHARS = 300;
const clip = (text: string) => (text.length > MAX_VALUE_CHARS ? `${text.slice(0, MAX_VALUE_CHARS)}…` : text);

function via(value: string): string {
  return value.startsWith("token:") ? "API token" : "Session";
}

const filterFields = [
  { name: "actor", label: "Actor e-mail", type: "search", max: 254 },
  { name: "action", label: "Action", type: "search", max: 100 },
  { name: "entityType", label: "Entity type", type: "search", max: 60 },
  { name: "entityId", label: "Entity id", type: "search", max: 200 },
  { name: "from", label: "From", type: "date", max: 10 },
  { name: "to", label: "To", type: "date", max: 10 },
] as const;

export default async function AuditPage({ searchParams }: { searchParams: Promise<RawSearchParams> }) {
  await staffGate("/admin/audit");
  const raw = flatParams(await searchParams);
  const parsed = auditQuerySchema.safeParse(raw);
  const errors = parsed.success ? {} : fieldErrorsFromZod(parsed.error);
  const query: AuditQuery = parsed.success ? parsed.data : {};
  const { rows, next } = parsed.success ? await listAuditLog(db, query, env.SHOP_TIME_ZONE) : { rows: [], next: null };
  const filters = Object.fromEntries(filterFields.map((f) => [f.name, raw[f.name]]));
  const filtered = filterFields.some((f) => raw[f.name]);

  return (
    <main id="main" className="admin-page" tabIndex={-1}>
      <div className="page-head">
        <h1>Audit log</h1>
        <p className="muted">Every change made by staff and API tokens, newest first. Times in {env.SHOP_TIME_ZONE}.</p>
      </div>

      <form className="audit-filters" action="/admin/audit" method="get" aria-label="Filter the audit log">
        {filterFields.map((field) => {
          const id = `audit-${field.name}`;
          const error = errors[field.name];

          return (
            <div className="form-field" key={field.name}>
              <label htmlFor={id}>{field.label}</label>
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
            Filter
          </button>
          {filtered ? <Link href="/admin/audit">Clear filters</Link> : null}
        </div>
      </form>
      <p className="muted small-print filter-note">
        An action matches by its start: “user.” finds every change to accounts. Dates are whole days, both included.
      </p>

      {!parsed.success ? (
        <p role="alert" className="notice notice-error">
          Correct the marked filters to see the log.
        </p>
      ) : rows.length === 0 ? (
        <p>{query.after ? "No older entries." : "Nothing matches these filters."}</p>
      ) : (
        <div className="table-scroll">
          <table className="data-table audit-table wide-table">
            <thead>
              <tr>
                <th scope="col">When</th>
                <th scope="col">Who</th>
                <th scope="col">Action</th>
                <th scope="col">Entity</th>
                <th scope="col">Changes (before → after)</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => {
                const changes = auditChanges(row.before, row.after);
                const unchanged = auditUnchanged(row.before, row.after);
                const href = entityHref(row.entityType, row.entityId);
                return (
                  <tr key={row.id}>
                    <td>
                      <time dateTime={formatIso(row.createdAt)}>{formatWhen(row.createdAt)}</time>
                    </td>
                    <td className="wrap-anywhere">
                      {row.actorEmail ?? "—"}
                      <br />
                      <span className="muted">{via(row.via)}</span>
                    </td>
                    <td>
                      <code>{row.action}</code>
                    </td>
                    <td className="wrap-anywhere">
                      {row.entityType}
                      {row.entityId ? (
                        <>
                          <br />
                          {href ? (
                            <Link href={href} className="muted-link">
                              {row.entityId}
                            </Link>
                          ) : (
                            <span className="muted">{row.entityId}</span>
                          )}
                        </>
                      ) : null}
                    </td>
                    <td>
                      {changes.length === 0 ? <span className="muted">No field changed</span> : null}
                      {changes.length + unchanged.length > 0 ? (
                        <ul className="audit-changes">
                          {changes.map((change) => (
                            <li key={change.field}>
                              <span className="audit-field">{change.field}</span>{" "}
                              <code className="audit-before">
                                {change.before === undefined ? "—" : clip(change.before)}
                              </code>{" "}
                              <span aria-hidden="true">→</span>
                              <span className="visually-hidden">changed to</span>{" "}
                              <code className="audit-after">
                                {change.after === undefined ? "—" : clip(change.after)}
                              </code>
                            </li>
                          ))}
                          {unchanged.map((same) => (
                            <li key={same.field} className="audit-same">
                              <span className="audit-field">{same.field}</span> <code>{clip(same.value)}</code>{" "}
                              <span className="muted">(unchanged)</span>
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
        <nav className="pager" aria-label="Pages">
          {query.after ? <Link href={`/admin/audit${queryString(filters)}`}>Newest</Link> : null}
          {next ? (
            <Link href={`/admin/audit${queryString({ ...filters, after: next })}`} rel="next">
              Older <span aria-hidden="true">→</span>
            </Link>
          ) : null}
        </nav>
      ) : null}
    </main>
  );
}
