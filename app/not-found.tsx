import { NotFoundContent } from "@/app/_components/not-found-content";
import "@/app/_components/storefront.css";

// Unknown URLs land here, outside the shop's layout. Kept free of data (a search and ways back, no header):
// Next.js renders this boundary along with every page, so anything heavier would cost every request.
export default function NotFound() {
  return (
    <main id="main" className="container">
      <NotFoundContent />
    </main>
  );
}
