/** Shown while the shop identity loads. */
export default function ShopIdentityLoading() {
  return (
    <main id="main" className="admin-page" tabIndex={-1} aria-busy="true">
      <p role="status">Loading the shop identity…</p>
    </main>
  );
}
