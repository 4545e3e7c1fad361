import { createHmac, randomBytes } from "node:crypto";
import { env } from "@/lib/env";
import { log } from "@/lib/log";

// Keys the form-token signature and the client-address hash. `npm start` always provides CONTACT_SECRET (generated
// into .data/ on first start); a process started some other way without it gets a random key, which works but
// does not survive a restart or agree across instances, so it says so once.
let processKey: Buffer | undefined;

function secret(): string | Buffer {
  if (env.CONTACT_SECRET) return env.CONTACT_SECRET;
  if (!processKey) {
    processKey = randomBytes(32);
    if (env.NODE_ENV === "production") {
      log.warn("CONTACT_SECRET is not set: using a per-process key; set it when running several instances");
    }
  }
  return processKey;
}

/** HMAC-SHA256 under the contact secret, separated by purpose so one value never doubles as another. */
export function contactHmac(purpose: "form-token" | "client-address", value: string): Buffer {
  return createHmac("sha256", secret()).update(`${purpose}\n${value}`).digest();
}

/** What is stored instead of the client's address: equal addresses give equal hashes, nothing gives the address. */
export function hashClientAddress(address: string): string {
  return contactHmac("client-address", address).toString("hex");
}
