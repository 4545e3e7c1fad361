"use client";

import { ErrorContent } from "@/app/_components/error-content";

// Errors inside the shop keep its header and footer (the layout around this boundary still renders).
export default function ShopError({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return <ErrorContent digest={error.digest} reset={reset} />;
}
