/** Shown while a webhooks page's data loads (the list, an endpoint and its delivery log). */
export default function WebhooksLoading() {
  return (
    <main id="main" className="admin-page" tabIndex={-1} aria-busy="true">
      <p role="status">Loading webhooks…</p>
    </main>
  );
}
