/** Shown while a payments page's data loads . */
export default function PaymentsLoading() {
  return (
    <main id="main" className="admin-page" tabIndex={-1} aria-busy="true">
      <p role="status">Loading the payment settings…</p>
    </main>
  );
}
