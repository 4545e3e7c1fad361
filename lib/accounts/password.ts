import bcrypt from "bcrypt";

export const BCRYPT_COST = 12;
/** bcrypt reads only the first 72 bytes; longer passwords are refused so two that share a prefix never both match. */
export const MAX_PASSWORD_BYTES = 72;

export function passwordTooLong(password: string): boolean {
  return Buffer.byteLength(password, "utf8") > MAX_PASSWORD_BYTES;
}

export async function hashPassword(password: string): Promise<string> {
  if (passwordTooLong(password)) throw new Error("password exceeds bcrypt's 72-byte limit");
  return bcrypt.hash(password, BCRYPT_COST);
}

export async function verifyPassword(password: string, hash: string): Promise<boolean> {
  if (passwordTooLong(password)) return false;
  return bcrypt.compare(password, hash);
}
