/** Shown while a delivery page's data loads . */
export default function DeliveryLoading() {
  return (
    <main id="main" className="admin-page" tabIndex={-1} aria-busy="true">
      <p role="status">Loading the delivery settings…</p>
    </main>
  );
}
