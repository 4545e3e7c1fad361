import type { Metadata } from "next";
import Link from "next/link";
import { db } from "@/lib/db";
import { actorFromSession } from "@/lib/admin/staff-actor";
import { listWebhookEndpoints } from "@/lib/webhooks/list-webhook-endpoints";
import { adminGate } from "@/app/admin/_lib/gate";
import { formatDay } from "@/app/admin/_lib/format";
import { PageNotice } from "@/app/admin/_components/page-notice";
import { WebhookForm } from "./webhook-form";
import "../people.css";

export const metadata: Metadata = { title: "Webhooks", robots: { index: false } };
export const dynamic = "force-dynamic";

export default async function WebhooksPage({ searchParams }: { searchParams: Promise<{ notice?: string }> }) {
  const viewer = await adminGate("/admin/webhooks");
  const { notice } = await searchParams;
  const endpoints = await listWebhookEndpoints(db, actorFromSession(viewer));
  return (
    <main id="main" className="admin-page" tabIndex={-1}>
      <div className="page-head">
        <h1>Webhooks</h1>
        <p className="muted">
          The shop sends signed events (Standard Webhooks) to these addresses as things happen: orders, products, low
          stock, contact messages. See the README for how a receiver verifies them.
        </p>
      </div>
      <PageNotice notice={notice} messages={{ deleted: "The endpoint was deleted." }} />

      <section aria-labelledby="webhooks-title" className="section">
        <h2 id="webhooks-title">Endpoints</h2>
        {endpoints.length === 0 ? (
          <p>No endpoints yet.</p>
        ) : (
          <div className="table-scroll">
            <table className="data-table wide-table">
              <thead>
                <tr>
                  <th scope="col">URL</th>
                  <th scope="col">Events</th>
                  <th scope="col">Status</th>
                  <th scope="col">Waiting</th>
                  <th scope="col">Failed</th>
                  <th scope="col">Created</th>
                </tr>
              </thead>
              <tbody>
                {endpoints.map((endpoint) => (
                  <tr key={endpoint.id}>
                    <td className="wrap-anywhere">
                      <Link href={`/admin/webhooks/${endpoint.id}`}>{endpoint.url}</Link>
                      {endpoint.description ? (
                        <>
                          <br />
                          <span className="muted">{endpoint.description}</span>
                        </>
                      ) : null}
                    </td>
                    <td>{endpoint.events.join(", ")}</td>
                    <td>
                      <span className={endpoint.active ? "badge badge-ok" : "badge badge-danger"}>
                        {endpoint.active ? "On" : "Off"}
                      </span>
                    </td>
                    <td>{endpoint.pendingDeliveries}</td>
                    <td>{endpoint.failedDeliveries}</td>
                    <td className="nowrap">{formatDay(endpoint.createdAt)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>

      <section aria-labelledby="new-webhook-title" className="section">
        <h2 id="new-webhook-title">New endpoint</h2>
        <WebhookForm />
      </section>
    </main>
  );
}
