import NextAuth from "next-auth";
import { NextRequest } from "next/server";
import { z } from "zod";
import { env } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { safeString } from "@/lib/validation";
import { type SignInOutcome, nextAuthOptions } from "./next-auth-options";
import { secureCookies } from "./session-token";

// Input checks in front of next-auth's own handler, so that nothing a client sends reaches it in a shape that
// would make it answer 500 (next-auth answers a malformed body or callback URL with a server error): the action
// must be one the shop offers, the body a flat form of short, printable strings, and every callback URL an address
// of this shop.

/** next-auth's actions the shop offers, per method; the rest (e-mail links, OAuth callbacks, _log) answer 404. */
const ACTIONS: Record<string, readonly string[]> = {
  GET: ["csrf", "session", "providers", "signin", "signout", "error"],
  POST: ["signin", "signout", "callback", "session"],
};
/** The form fields next-auth's client and the shop's forms send; anything else is dropped. */
const FIELDS = ["email", "password", "csrfToken", "callbackUrl", "json"] as const;
const MAX_FIELD_CHARS = 1000;

export const nextAuthParams = z.object({
  nextauth: z
    .array(safeString().regex(/^[a-z_-]{1,40}$/, "This address is not valid."))
    .min(1)
    .max(2),
});

export type NextAuthFields = Partial<Record<(typeof FIELDS)[number], string>>;

export const CALLBACK_URL_COOKIE = `${secureCookies ? "__Secure-" : ""}next-auth.callback-url`;

/** 404 for an action or provider the shop does not offer through next-auth. */
export function assertOffered(method: string, segments: readonly string[]): void {
  const [action, provider] = segments;
  const offered = action !== undefined && (ACTIONS[method] ?? []).includes(action);
  const needsProvider = method === "POST" && (action === "callback" || action === "signin");
  if (!offered || (needsProvider ? provider !== "credentials" : provider !== undefined && action !== "error")) {
    throw new AppError("not_found", "This sign-in address does not exist.");
  }
}

/** A callback URL next-auth can take: a path on this shop, or an absolute address on its origin. */
export function isShopUrl(value: string): boolean {
  if (/[\u0000-\u001f\u007f\\]/.test(value) || value.length > MAX_FIELD_CHARS) return false;
  if (value.startsWith("/")) return !value.startsWith("//");
  try {
    return new URL(value).origin === new URL(env.PUBLIC_BASE_URL).origin;
  } catch {
    return false;
  }
}

/** The fields of a form or JSON body: a flat object of strings (true/false count as text), nothing else. */
export function parseFields(text: string, contentType: string): NextAuthFields {
  let entries: [string, unknown][];
  if (text.trim() === "") return {};
  if (/^application\/json\b/i.test(contentType)) {
    let parsed: unknown;
    try {
      parsed = JSON.parse(text);
    } catch {
      throw new AppError("invalid_input", "The request body is not valid JSON.");
    }
    if (typeof parsed !== "object" || parsed === null || Array.isArray(parsed)) {
      throw new AppError("invalid_input", "The request body must be a JSON object.");
    }
    entries = Object.entries(parsed);
  } else if (/^application\/x-www-form-urlencoded\b/i.test(contentType)) {
    entries = [...new URLSearchParams(text)];
  } else {
    throw new AppError("unsupported_media_type", "Send the form as application/x-www-form-urlencoded or JSON.");
  }
  const fields: NextAuthFields = {};
  for (const [key, value] of entries) {
    const name = FIELDS.find((field) => field === key);
    if (!name) continue;
    const textValue = typeof value === "boolean" ? String(value) : value;
    if (
      typeof textValue !== "string" ||
      textValue.length > MAX_FIELD_CHARS ||
      /[\u0000-\u001f\u007f]/.test(textValue)
    ) {
      throw new AppError("invalid_input", "Some fields are not valid.", {
        fields: { [name]: "This field contains characters that are not allowed." },
      });
    }
    fields[name] = textValue;
  }
  if (fields.callbackUrl !== undefined && !isShopUrl(fields.callbackUrl)) {
    throw new AppError("invalid_input", "Some fields are not valid.", {
      fields: { callbackUrl: "This address is not valid." },
    });
  }
  return fields;
}

export interface NextAuthCall {
  url: string;
  method: "GET" | "POST";
  headers: Headers;
  segments: string[];
  fields: NextAuthFields;
  /** Where the shop sends the browser after a sign-in that needs a second factor first. */
  next?: string;
}

/**
 * Runs next-auth's own handler for one checked request. It reads cookies and headers from the current request
 * (route handler or server action); the body is the checked fields, sent on as a form.
 */
export async function callNextAuth(call: NextAuthCall): Promise<{ response: Response; outcome: SignInOutcome }> {
  const headers = new Headers(call.headers);
  headers.delete("content-length");
  let body: string | undefined;
  if (call.method === "POST") {
    headers.set("content-type", "application/x-www-form-urlencoded");
    // `json` is left out: the caller answers JSON clients itself, from next-auth's redirect.
    const fields = Object.entries(call.fields).filter(([name]) => name !== "json");
    body = new URLSearchParams(fields).toString();
  }
  const request = new NextRequest(call.url, { method: call.method, headers, body });
  const outcome: SignInOutcome = {};
  const context = { params: Promise.resolve({ nextauth: call.segments }) };
  const response = (await NextAuth(request, context, nextAuthOptions(outcome, call.next))) as Response;
  return { response, outcome };
}

/** next-auth refuses a POST whose CSRF token does not match its cookie by sending it back to sign in with ?csrf=true. */
export function refusedForCsrf(response: Response): boolean {
  const location = response.headers.get("location") ?? "";
  return /[?&]csrf=true\b/.test(location);
}
