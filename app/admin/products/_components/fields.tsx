import type { ReactNode, SelectHTMLAttributes, TextareaHTMLAttributes } from "react";
import type { FieldErrors } from "@/lib/errors";

// Labelled controls for the catalog forms; each ties its hint and error to the control for screen readers.

const describedBy = (id: string, hint?: string, error?: string) =>
  [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(" ") || undefined;

function Hint({ id, hint }: { id: string; hint?: string }) {
  return hint ? (
    <p id={`${id}-hint`} className="form-hint">
      {hint}
    </p>
  ) : null;
}

function ErrorText({ id, error }: { id: string; error?: string }) {
  return error ? (
    <p id={`${id}-error`} className="form-error">
      {error}
    </p>
  ) : null;
}

/** The error for a field, or for anything under it ("optionNames.1" belongs to "optionNames"). */
export function errorFor(fields: FieldErrors | undefined, name: string): string | undefined {
  if (!fields) return undefined;
  return fields[name] ?? Object.entries(fields).find(([key]) => key.startsWith(`${name}.`))?.[1];
}

type SelectProps = SelectHTMLAttributes<HTMLSelectElement> & {
  id: string;
  name: string;
  label: string;
  hint?: string;
  error?: string;
  children: ReactNode;
};

export function SelectField({ id, label, hint, error, children, ...select }: SelectProps) {
  return (
    <div className="form-field">
      <label htmlFor={id}>{label}</label>
      <Hint id={id} hint={hint} />
      <select
        // Keyed by its default: React applies a select's default only when it mounts, and resets the form after an
        // action, so after a refused save it would show its first default instead of the submitted value.
        key={String(select.defaultValue ?? "")}
        id={id}
        className="input"
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, hint, error)}
        {...select}
      >
        {children}
      </select>
      <ErrorText id={id} error={error} />
    </div>
  );
}

type TextAreaProps = TextareaHTMLAttributes<HTMLTextAreaElement> & {
  id: string;
  name: string;
  label: string;
  hint?: string;
  error?: string;
};

export function TextAreaField({ id, label, hint, error, ...textarea }: TextAreaProps) {
  return (
    <div className="form-field">
      <label htmlFor={id}>{label}</label>
      <Hint id={id} hint={hint} />
      <textarea
        id={id}
        className="input"
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, hint, error)}
        {...textarea}
      />
      <ErrorText id={id} error={error} />
    </div>
  );
}

export function CheckboxField({
  id,
  name,
  label,
  defaultChecked,
  error,
}: {
  id: string;
  name: string;
  label: string;
  defaultChecked: boolean;
  error?: string;
}) {
  return (
    <div className="field-checkbox">
      <input
        id={id}
        name={name}
        type="checkbox"
        defaultChecked={defaultChecked}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-error` : undefined}
      />
      <label htmlFor={id}>{label}</label>
      <ErrorText id={id} error={error} />
    </div>
  );
}
