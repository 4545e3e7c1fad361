/** Shown while an order page's data loads (the list, an order). */
export default function OrdersLoading() {
  return (
    <main id="main" className="admin-page" tabIndex={-1} aria-busy="true">
      <p role="status">Loading orders…</p>
    </main>
  );
}
