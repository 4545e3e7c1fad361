import { randomBytes } from "node:crypto";
import { hashPassword } from "./password";

// Compared against when an e-mail has no account, so a wrong e-mail costs the same bcrypt time as a wrong
// password and response times do not reveal which addresses are registered.
let dummyHash: Promise<string> | undefined;

export function dummyPasswordHash(): Promise<string> {
  dummyHash ??= hashPassword(randomBytes(18).toString("base64url"));
  return dummyHash;
}
