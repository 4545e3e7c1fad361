"use client";

import { ErrorContent } from "@/app/_components/error-content";

export default function ErrorPage({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <main id="main" className="container">
      <ErrorContent digest={error.digest} reset={reset} />
    </main>
  );
}
