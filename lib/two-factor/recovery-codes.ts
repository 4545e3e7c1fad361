import { createHash, randomBytes, randomInt, timingSafeEqual } from "node:crypto";
import type { Db, Tx } from "@/lib/db";

// Ten one-time recovery codes, shown once at enrolment. Stored as SHA-256 of a per-code salt and the code: the codes
// are random (about 49 bits each), so a slow hash adds nothing but ten bcrypt rounds per attempt.

export const RECOVERY_CODE_COUNT = 10;
// No 0/o, 1/l/i: codes are read off paper.
const ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789";
const LENGTH = 10;
export const RECOVERY_CODE_PATTERN = /^[a-hjkmnp-z2-9]{10}$/;

/** Lower case, without the spaces and hyphens people type or copy along. */
export function normaliseRecoveryCode(code: string): string {
  return code.toLowerCase().replace(/[\s-]/g, "");
}

function newCode(): string {
  let code = "";
  for (let i = 0; i < LENGTH; i++) code += ALPHABET[randomInt(ALPHABET.length)];
  return `${code.slice(0, 5)}-${code.slice(5)}`;
}

const hashOf = (salt: string, normalised: string) =>
  createHash("sha256").update(`${salt}:${normalised}`).digest("base64url");

/** Replaces the account's recovery codes with ten new ones and returns them, for showing once. */
export async function replaceRecoveryCodes(tx: Tx, userId: string): Promise<string[]> {
  const codes = Array.from({ length: RECOVERY_CODE_COUNT }, newCode);
  await tx.recoveryCode.deleteMany({ where: { userId } });
  await tx.recoveryCode.createMany({
    data: codes.map((code) => {
      const salt = randomBytes(16).toString("base64url");
      return { userId, salt, codeHash: hashOf(salt, normaliseRecoveryCode(code)) };
    }),
  });
  return codes;
}

/** Uses up the matching unused code; false when none matches (or a racing request used it first). */
export async function consumeRecoveryCode(db: Db, userId: string, code: string): Promise<boolean> {
  const normalised = normaliseRecoveryCode(code);
  if (!RECOVERY_CODE_PATTERN.test(normalised)) return false;
  const unused = await db.recoveryCode.findMany({
    where: { userId, usedAt: null },
    select: { id: true, salt: true, codeHash: true },
  });
  const match = unused.find((row) => {
    const expected = Buffer.from(row.codeHash);
    const given = Buffer.from(hashOf(row.salt, normalised));
    return expected.length === given.length && timingSafeEqual(expected, given);
  });
  if (!match) return false;
  const used = await db.recoveryCode.updateMany({
    where: { id: match.id, usedAt: null },
    data: { usedAt: new Date() },
  });
  return used.count === 1;
}

export async function unusedRecoveryCodes(db: Db, userId: string): Promise<number> {
  return db.recoveryCode.count({ where: { userId, usedAt: null } });
}
