/** Shown while the accounting export page loads. */
export default function AccountingLoading() {
  return (
    <main id="main" className="admin-page" tabIndex={-1} aria-busy="true">
      <p role="status">Loading…</p>
    </main>
  );
}
