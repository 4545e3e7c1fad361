import type { FieldErrors } from "@/lib/errors";

/** What a staff API route answered: its body, or its refusal (message and fields in the page's language). */
export type ApiAnswer<T> =
  { ok: true; body: T } | { ok: false; status: number; message: string | null; fields?: FieldErrors };

/**
 * Posts from an admin page to a staff API route (the one integrations use), asking for refusals in `language`
 * (Accept-Language). A refusal without the API's error shape (a proxy's page) has no message. Throws when the
 * connection fails.
 */
export async function postToApi<T>(
  endpoint: string,
  body: BodyInit,
  language: string,
  headers: Record<string, string> = {},
): Promise<ApiAnswer<T>> {
  const response = await fetch(endpoint, {
    method: "POST",
    body,
    headers: { ...headers, "accept-language": language },
  });
  const parsed = (await response.json().catch(() => null)) as unknown;
  if (response.ok) return { ok: true, body: parsed as T };
  const error = (parsed as { error?: { message?: string; fields?: FieldErrors } } | null)?.error;
  return {
    ok: false,
    status: response.status,
    message: error?.message ?? null,
    ...(error?.fields ? { fields: error.fields } : {}),
  };
}
