import Link from "next/link";
import type { FieldErrors } from "@/lib/errors";

/** What a listing shows for a URL it cannot use (page=-1, sort=DROP, a 10 kB query…): why, and a way on. */
export function InvalidListingParams({ fields, resetHref }: { fields: FieldErrors; resetHref: string }) {
  const messages = [...new Set(Object.values(fields))];
  return (
    <div className="notice notice-warning" role="alert">
      <h2 className="notice-title">We couldn’t use some of those search options</h2>
      <ul>
        {messages.map((message) => (
          <li key={message}>{message}</li>
        ))}
      </ul>
      <p>
        <Link prefetch={false} className="button" href={resetHref}>
          Show all products
        </Link>
      </p>
    </div>
  );
}
