"use client";

import { useRouter } from "next/navigation";
import { type FormEvent, type ReactNode, useTransition } from "react";

export const LISTING_FORM_ID = "listing-form";

/**
 * The listing's one GET form (search text, filters, sort). Without JavaScript it submits as a plain form; with it,
 * the URL is rebuilt without empty fields and defaults and navigated to client-side, so only the results re-render.
 */
export function ListingForm({
  action,
  className,
  children,
}: {
  action: string;
  className?: string;
  children: ReactNode;
}) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const params = new URLSearchParams();
    for (const [key, value] of new FormData(event.currentTarget)) {
      if (typeof value !== "string") continue;
      const text = value.trim();
      if (text === "" || (key === "sort" && text === "relevance")) continue;
      params.set(key, text);
    }
    const search = params.toString();
    startTransition(() => router.push(search ? `${action}?${search}` : action));
  };

  return (
    <form
      id={LISTING_FORM_ID}
      action={action}
      method="get"
      className={className}
      onSubmit={submit}
      aria-busy={pending || undefined}
    >
      {children}
    </form>
  );
}
