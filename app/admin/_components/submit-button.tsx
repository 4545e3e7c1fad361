"use client";

import { useTranslations } from "next-intl";
import { useFormStatus } from "react-dom";

/** A submit button that is disabled and says so while its form is being sent, so it is not pressed twice. */
export function SubmitButton({
  children,
  pendingLabel,
  className = "button",
}: {
  children: string;
  /** What the button says while sending; "Saving…" in the page's language when not given. */
  pendingLabel?: string;
  className?: string;
}) {
  const t = useTranslations("admin.common");
  const { pending } = useFormStatus();
  return (
    <button type="submit" className={className} disabled={pending} aria-disabled={pending}>
      {pending ? (pendingLabel ?? t("saving")) : children}
    </button>
  );
}
