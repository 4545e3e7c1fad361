import type { FormState } from "@/lib/http/form-state";

/** The form-level message, announced to screen readers when it appears. */
export function FormMessage({ state }: { state: FormState }) {
  if (!state.message) return <div role="status" aria-live="polite" />;
  return (
    <div role={state.status === "error" ? "alert" : "status"} className={`form-message form-message-${state.status}`}>
      {state.message}
    </div>
  );
}
