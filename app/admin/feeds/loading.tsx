/** Shown while the feed settings load. */
export default function FeedsLoading() {
  return (
    <main id="main" className="admin-page" tabIndex={-1} aria-busy="true">
      <p role="status">Loading feed settings…</p>
    </main>
  );
}
