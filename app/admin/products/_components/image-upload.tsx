"use client";

import { useRouter } from "next/navigation";
import { type FormEvent, useState } from "react";
import { FormField } from "@/app/_components/form-field";
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
 * it. Without JavaScript the browser posts the same form there directly.
 */
export function ImageUpload({ productId, maxMegabytes }: Props) {
  const router = useRouter();
  const [pending, setPending] = useState(false);
  const [result, setResult] = useState<Result>({ status: "idle" });
  const endpoint = `/api/admin/products/${productId}/images`;

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    setPending(true);
    setResult({ status: "idle" });
    try {
      const response = await fetch(endpoint, { method: "POST", body: new FormData(form) });
      if (response.ok) {
        form.reset();
        setResult({ status: "success", message: "The picture has been added." });
        router.refresh();
        return;
      }
      const body = (await response.json().catch(() => null)) as {
        error?: { message: string; fields?: FieldErrors };
      } | null;
      setResult({
        status: "error",
        message: body?.error?.message ?? `The upload failed (${response.status}).`,
        fields: body?.error?.fields,
      });
    } catch {
      setResult({ status: "error", message: "The upload failed: the connection was interrupted." });
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
          label="Picture"
          hint={`JPEG, PNG, WebP or AVIF, at most ${maxMegabytes} MB. Metadata such as camera and location is removed.`}
          accept="image/jpeg,image/png,image/webp,image/avif"
          required
          error={result.fields?.file}
        />
        <FormField
          id="image-alt"
          name="alt"
          label="Description of the picture"
          hint="What it shows, for people who cannot see it, e.g. “Brass lamp from the side”."
          required
          maxLength={200}
          error={result.fields?.alt}
        />
      </div>
      <div>
        <button className="button" type="submit" disabled={pending}>
          {pending ? "Uploading…" : "Upload picture"}
        </button>
      </div>
    </form>
  );
}
