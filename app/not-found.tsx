import Link from "next/link";

// Reached only by notFound() outside the shop's route group (unknown URLs go to app/(shop)/[...missing]).
// Kept free of data and client code: Next.js renders this boundary alongside every page.
export default function NotFound() {
  return (
    <main id="main" className="container">
      <h1>We couldn’t find that page</h1>
      <p>
        <Link prefetch={false} href="/">
          Back to the shop
        </Link>
      </p>
    </main>
  );
}
