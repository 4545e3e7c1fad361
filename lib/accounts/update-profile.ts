import type { Db } from "@/lib/db";
import { invalidInput } from "@/lib/errors";
import { Prisma } from "@/lib/generated/prisma/client";
import type { ProfileInput } from "./schemas";

/** Changes the account holder's name and e-mail address. */
export async function updateProfile(db: Db, userId: string, input: ProfileInput): Promise<void> {
  try {
    await db.user.update({ where: { id: userId }, data: { name: input.name, email: input.email } });
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
      throw invalidInput({ email: "This e-mail address cannot be used. Choose another." });
    }
    throw error;
  }
}
