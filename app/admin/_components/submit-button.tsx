"use client";

import { useFormStatus } from "react-dom";

/** A submit button that is disabled and says so while its form is being sent, so it is not pressed twice. */
export function SubmitButton({
  children,
  pendingLabel = "Saving…",
  className = "button",
}: {
  children: string;
  pendingLabel?: string;
  className?: string;
}) {
  const { pending } = useFormStatus();
  return (
    <button type="submit" className={className} disabled={pending} aria-disabled={pending}>
      {pending ? pendingLabel : children}
    </button>
  );
}
