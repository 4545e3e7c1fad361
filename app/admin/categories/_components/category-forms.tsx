"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { FormField } from "@/app/_components/form-field";
import { FormMessage } from "@/app/_components/form-message";
import { CheckboxField, TextAreaField, errorFor } from "@/app/admin/products/_components/fields";
import type { AdminCategory } from "@/lib/catalog-admin/types";
import { type FormState, idleForm } from "@/lib/http/form-state";

type Action = (state: FormState, formData: FormData) => Promise<FormState>;

/** Create (no category) or edit one; the archived box only when editing. */
export function CategoryForm({ action, category }: { action: Action; category?: AdminCategory }) {
  const t = useTranslations("admin.categoryForm");
  const [state, formAction, pending] = useActionState(action, idleForm);
  const prefix = category ? `category-${category.id}` : "new-category";
  const value = (name: string, fallback: string) => state.values?.[name] ?? fallback;
  const error = (name: string) => errorFor(state.fields, name);
  return (
    <form action={formAction} className="stack-form" noValidate aria-busy={pending}>
      <FormMessage state={state} />
      {category ? <input type="hidden" name="id" value={category.id} /> : null}
      <div className="form-row">
        <FormField
          id={`${prefix}-name`}
          name="name"
          label={t("name")}
          required
          maxLength={100}
          defaultValue={value("name", category?.name ?? "")}
          error={error("name")}
        />
        <FormField
          id={`${prefix}-slug`}
          name="slug"
          label={t("slug")}
          hint={category ? t("slugHintEdit") : t("slugHintNew")}
          maxLength={120}
          defaultValue={value("slug", category?.slug ?? "")}
          error={error("slug")}
        />
        <FormField
          id={`${prefix}-position`}
          name="position"
          label={t("position")}
          hint={category ? t("positionHintEdit") : t("positionHintNew")}
          inputMode="numeric"
          maxLength={5}
          defaultValue={value("position", category ? String(category.position) : "")}
          error={error("position")}
        />
      </div>
      <TextAreaField
        id={`${prefix}-description`}
        name="description"
        label={t("description")}
        rows={2}
        maxLength={2000}
        defaultValue={value("description", category?.description ?? "")}
        error={error("description")}
      />
      {category ? (
        <CheckboxField
          id={`${prefix}-archived`}
          name="archived"
          label={t("archived")}
          defaultChecked={state.values ? state.values.archived === "on" : category.archived}
          error={error("archived")}
        />
      ) : null}
      <div>
        <button className="button" type="submit" disabled={pending}>
          {pending ? t("saving") : category ? t("save", { name: category.name }) : t("create")}
        </button>
      </div>
    </form>
  );
}

/** Move up / move down buttons for one category. */
export function MoveButtons({
  action,
  category,
  first,
  last,
}: {
  action: Action;
  category: AdminCategory;
  first: boolean;
  last: boolean;
}) {
  const t = useTranslations("admin.categoryForm");
  const [state, formAction, pending] = useActionState(action, idleForm);
  return (
    <form action={formAction} className="page-actions" aria-busy={pending}>
      <input type="hidden" name="id" value={category.id} />
      <button
        className="button button-secondary button-small"
        type="submit"
        name="direction"
        value="up"
        disabled={first || pending}
        aria-label={t("moveUpLabel", { name: category.name })}
      >
        ↑ {t("moveUp")}
      </button>
      <button
        className="button button-secondary button-small"
        type="submit"
        name="direction"
        value="down"
        disabled={last || pending}
        aria-label={t("moveDownLabel", { name: category.name })}
      >
        ↓ {t("moveDown")}
      </button>
      {state.status === "error" ? (
        <span role="alert" className="form-error">
          {state.message}
        </span>
      ) : null}
    </form>
  );
}
