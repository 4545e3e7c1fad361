"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { FormField } from "@/app/_components/form-field";
import { FormMessage } from "@/app/_components/form-message";
import { type FormState, idleForm } from "@/lib/http/form-state";
import { errorFor } from "./fields";

type Action = (state: FormState, formData: FormData) => Promise<FormState>;

interface Props {
  productId: string;
  imageId: string;
  alt: string;
  index: number;
}

export function ImageAltForm({ action, productId, imageId, alt, index }: Props & { action: Action }) {
  const t = useTranslations("admin.imageForms");
  const [state, formAction, pending] = useActionState(action, idleForm);
  return (
    <form action={formAction} className="stack-form" noValidate aria-busy={pending}>
      <FormMessage state={state} />
      <input type="hidden" name="productId" value={productId} />
      <input type="hidden" name="imageId" value={imageId} />
      <FormField
        id={`image-${index}-alt`}
        name="alt"
        label={t("altLabel", { number: index + 1 })}
        required
        maxLength={200}
        defaultValue={state.values?.alt ?? alt}
        error={errorFor(state.fields, "alt")}
      />
      <div>
        <button className="button button-secondary" type="submit" disabled={pending}>
          {t("saveAlt")}
        </button>
      </div>
    </form>
  );
}

export function ImageRemoveForm({ action, productId, imageId, index }: Omit<Props, "alt"> & { action: Action }) {
  const t = useTranslations("admin.imageForms");
  const [state, formAction, pending] = useActionState(action, idleForm);
  return (
    <form action={formAction} aria-busy={pending}>
      <FormMessage state={state} />
      <input type="hidden" name="productId" value={productId} />
      <input type="hidden" name="imageId" value={imageId} />
      <button className="button button-danger" type="submit" disabled={pending}>
        {t("remove", { number: index + 1 })}
      </button>
    </form>
  );
}
