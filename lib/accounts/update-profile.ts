import type { Db } from "@/lib/db";
import { invalidInput } from "@/lib/errors";
import { Prisma } from "@/lib/generated/prisma/client";
import { consumeRateLimit } from "@/lib/rate-limit/consume-rate-limit";
import { type AttemptLimits, authLimits } from "./rate-limits";
import type { ProfileInput } from "./schemas";

/**
 * Changes the account holder's name and e-mail address. Limited per account, because "address already in use"
 * would otherwise let a logged-in customer probe which addresses have accounts.
 */
export async function updateProfile(
  db: Db,
  userId: string,
  input: ProfileInput,
  limits: AttemptLimits = authLimits.profile,
): Promise<void> {
  await consumeRateLimit(db, {
    key: `profile:account:${userId}`,
    limit: limits.perAccount,
    windowSeconds: limits.windowSeconds,
  });
  try {
    await db.user.update({ where: { id: userId }, data: { name: input.name, email: input.email } });
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
      throw invalidInput({ email: "This e-mail address cannot be used. Choose another." });
    }
    throw error;
  }
}
