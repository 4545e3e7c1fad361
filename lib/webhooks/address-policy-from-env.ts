import { env } from "@/lib/env";
import type { AddressPolicy } from "./endpoint-address";

/** What WEBHOOK_ALLOW_HTTP and WEBHOOK_ALLOW_PRIVATE allow; both off unless asked for. */
export function addressPolicyFromEnv(): AddressPolicy {
  return { allowHttp: env.WEBHOOK_ALLOW_HTTP === "on", allowPrivate: env.WEBHOOK_ALLOW_PRIVATE === "on" };
}
