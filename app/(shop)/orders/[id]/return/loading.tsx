/** Shown while the return form's order loads. */
export default function ReturnLoading() {
  return <p role="status">Loading your order…</p>;
}
