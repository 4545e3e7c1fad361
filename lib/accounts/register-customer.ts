import type { Db } from "@/lib/db";
import { enqueueEmail } from "@/lib/mail/enqueue-email";
import { consumeRateLimits } from "@/lib/rate-limit/consume-rate-limit";
import { hashPassword } from "./password";
import { type AttemptLimits, type RequestOrigin, accountAndAddressLimits, authLimits } from "./rate-limits";
import type { RegisterInput } from "./schemas";

/**
 * Creates a customer account and queues the welcome e-mail in the same transaction. When the e-mail is already
 * registered nothing is created or sent, and the caller answers exactly as on success (after the same bcrypt
 * work), so registration never reveals which addresses have accounts. Returns whether an account was created,
 * for tests and logs only.
 */
export async function registerCustomer(
  db: Db,
  input: RegisterInput,
  origin: RequestOrigin,
  limits: AttemptLimits = authLimits.register,
): Promise<{ created: boolean }> {
  await consumeRateLimits(db, accountAndAddressLimits("register", input.email, origin, limits));
  const passwordHash = await hashPassword(input.password);
  return db.$transaction(async (tx) => {
    const { count } = await tx.user.createMany({
      data: [{ email: input.email, name: input.name, passwordHash, role: "CUSTOMER" }],
      skipDuplicates: true,
    });
    if (count === 0) return { created: false };
    await enqueueEmail(tx, {
      template: "welcome",
      to: input.email,
      payload: { name: input.name, ...(origin.language ? { language: origin.language } : {}) },
    });
    return { created: true };
  });
}
