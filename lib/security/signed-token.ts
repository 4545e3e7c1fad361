import { createHmac, timingSafeEqual } from "node:crypto";
import { env } from "@/lib/env";

function key(purpose: string): Buffer {
  if (!env.AUTH_SECRET) throw new Error("AUTH_SECRET is not set; `npm start` generates one, or set it in .env.");
  // A separate key per purpose: a token for one thing is never valid for another.
  return createHmac("sha256", env.AUTH_SECRET).update(`purpose:${purpose}`).digest();
}

export function signToken(purpose: string, value: string): string {
  return createHmac("sha256", key(purpose)).update(value).digest("base64url");
}

export function verifyToken(purpose: string, value: string, token: string): boolean {
  const expected = Buffer.from(signToken(purpose, value));
  const given = Buffer.from(token);
  return expected.length === given.length && timingSafeEqual(expected, given);
}
