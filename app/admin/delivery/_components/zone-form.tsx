"use client";

import { useActionState } from "react";
import { FormField } from "@/app/_components/form-field";
import { FormMessage } from "@/app/_components/form-message";
import { SubmitButton } from "@/app/admin/_components/submit-button";
import { TextAreaField } from "@/app/admin/products/_components/fields";
import { type FormState, idleForm } from "@/lib/http/form-state";
import { saveZoneAction } from "../actions";

/** A zone: its name, its countries as ISO 3166-1 codes, and its place in the list. Creates one when id is "". */
export function ZoneForm({ initial }: { initial: { id: string; name: string; countries: string; position: string } }) {
  const [state, formAction] = useActionState<FormState, FormData>(saveZoneAction, idleForm);
  const value = (name: keyof typeof initial) => state.values?.[name] ?? initial[name];
  return (
    <form action={formAction} className="admin-form" noValidate>
      <FormMessage state={state} />
      <input type="hidden" name="id" value={initial.id} />
      <FormField
        id="zone-name"
        name="name"
        label="Name"
        hint="For staff and shoppers, e.g. Domestic, European Union, Rest of the world."
        required
        maxLength={80}
        autoComplete="off"
        defaultValue={value("name")}
        error={state.fields?.name}
      />
      <TextAreaField
        id="zone-countries"
        name="countries"
        label="Countries"
        hint="ISO 3166-1 two-letter codes separated by commas or spaces, e.g. CZ, SK. A country can be in one zone only."
        required
        rows={3}
        defaultValue={value("countries")}
        error={state.fields?.countries}
      />
      <FormField
        id="zone-position"
        name="position"
        label="Position"
        hint="Lower numbers are listed first."
        inputMode="numeric"
        maxLength={5}
        defaultValue={value("position")}
        error={state.fields?.position}
      />
      <div>
        <SubmitButton>{initial.id ? "Save zone" : "Add zone"}</SubmitButton>
      </div>
    </form>
  );
}
