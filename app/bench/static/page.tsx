import type { Metadata } from "next";

// Benchmark ceiling (tests/bench): a page prerendered at build time and served from disk, measured beside the
// (per-request rendered) product page in the same run. Not for shoppers; not indexed.
export const dynamic = "force-static";

export const metadata: Metadata = { title: "Static page", robots: { index: false, follow: false } };

export default function StaticBenchPage() {
  return (
    <main id="main" className="container">
      <h1>A prerendered page</h1>
      <p>This page is rendered once at build time. The benchmark compares a product page with it.</p>
    </main>
  );
}
