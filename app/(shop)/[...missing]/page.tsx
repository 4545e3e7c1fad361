import { notFound } from "next/navigation";

// Any URL no other route matches is a shop 404, rendered inside the shop's layout by ../not-found.tsx.
// (The root app/not-found.tsx stays minimal: Next.js renders every not-found boundary along with each page.)
export default function MissingPage(): never {
  notFound();
}
