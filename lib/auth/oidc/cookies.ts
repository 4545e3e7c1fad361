import { env } from "@/lib/env";

const secure = env.PUBLIC_BASE_URL.startsWith("https:");

/** A Set-Cookie value for the sign-in flow's short-lived cookies (httpOnly, Lax so the provider's redirect carries it). */
export function flowCookieHeader(name: string, value: string, options: { path: string; maxAge: number }): string {
  return [
    `${name}=${value}`,
    `Path=${options.path}`,
    `Max-Age=${options.maxAge}`,
    "HttpOnly",
    "SameSite=Lax",
    ...(secure ? ["Secure"] : []),
  ].join("; ");
}
