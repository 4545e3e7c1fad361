import type { Metadata } from "next";

// Benchmark reference (tests/bench): the same page as /bench/static but rendered per request, as every page is once
// a per-request CSP nonce is in place. The gap between the two is the cost of dynamic rendering itself.
export const dynamic = "force-dynamic";

export const metadata: Metadata = { title: "Dynamic page", robots: { index: false, follow: false } };

export default function DynamicBenchPage() {
  return (
    <main id="main" className="container">
      <h1>A page rendered per request</h1>
      <p>This page is rendered for every request. The benchmark compares a product page with it.</p>
    </main>
  );
}
