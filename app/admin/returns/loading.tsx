/** Shown while a returns page's data loads (the list, a return). */
export default function ReturnsLoading() {
  return (
    <main id="main" className="admin-page" tabIndex={-1} aria-busy="true">
      <p role="status">Loading returns…</p>
    </main>
  );
}
