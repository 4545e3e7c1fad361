"use client";

import { useRouter } from "next/navigation";
import { useLocale, useTranslations } from "next-intl";
import { type FormEvent, useState } from "react";
import { FormField } from "@/app/_components/form-field";
import { postToApi } from "@/app/admin/_lib/post-to-api";
import type { FieldErrors } from "@/lib/errors";

interface Props {
  productId: string;
  maxMegabytes: number;
}

interface Result {
  status: "idle" | "error" | "success";
  message?: string;
  fields?: FieldErrors;
}

/**
 * Sends the picture to POST /api/admin/products/[id]/images (the API integrations use), which checks and stores
 * it, answering refusals in the page's language (Accept-Language). Without JavaScript the browser posts the same
 * form there directly.
 */
export function ImageUpload({ productId, maxMegabytes }: Props) {
  const router = useRouter();
  const t = useTranslations("admin.imageUpload");
  const language = useLocale();
  const [pending, setPending] = useState(false);
  const [result, setResult] = useState<Result>({ status: "idle" });
  const endpoint = `/api/admin/products/${productId}/images`;

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    setPending(true);
    setResult({ status: "idle" });
    try {
      const answer = await postToApi(endpoint, new FormData(form), language);
      if (answer.ok) {
        form.reset();
        setResult({ status: "success", message: t("added") });
        router.refresh();
        return;
      }
      setResult({
        status: "error",
        message: answer.message ?? t("failedStatus", { status: answer.status }),
        fields: answer.fields,
      });
    } catch {
      setResult({ status: "error", message: t("interrupted") });
    } finally {
      setPending(false);
    }
  }

  return (
    <form
      action={endpoint}
      method="post"
      encType="multipart/form-data"
      className="stack-form"
      onSubmit={(event) => void submit(event)}
      aria-busy={pending}
      noValidate
    >
      {result.message ? (
        <div
          role={result.status === "error" ? "alert" : "status"}
          className={`form-message form-message-${result.status}`}
        >
          {result.message}
        </div>
      ) : (
        <div role="status" aria-live="polite" />
      )}
      <div className="form-row">
        <FormField
          id="image-file"
          name="file"
          type="file"
          label={t("file")}
          hint={t("fileHint", { maxMegabytes })}
          accept="image/jpeg,image/png,image/webp,image/avif"
          required
          error={result.fields?.file}
        />
        <FormField
          id="image-alt"
          name="alt"
          label={t("alt")}
          hint={t("altHint")}
          required
          maxLength={200}
          error={result.fields?.alt}
        />
      </div>
      <div>
        <button className="button" type="submit" disabled={pending}>
          {pending ? t("uploading") : t("upload")}
        </button>
      </div>
    </form>
  );
}
