import type { ReactNode } from "react";
import type { FormState } from "@/lib/http/form-state";

/** The form-level message, announced to screen readers when it appears; `children` add details under it. */
export function FormMessage({ state, children }: { state: FormState; children?: ReactNode }) {
  if (!state.message) return <div role="status" aria-live="polite" />;
  return (
    <div role={state.status === "error" ? "alert" : "status"} className={`form-message form-message-${state.status}`}>
      {state.message}
      {children}
    </div>
  );
}
