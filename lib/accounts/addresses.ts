import type { Db } from "@/lib/db";
import { serverMessage } from "@/lib/i18n/server-message";
import { AppError, notFound } from "@/lib/errors";
import type { AddressInput } from "./schemas";

// Saved addresses. Every query is scoped to the owner: another customer's address id is simply not found.

export const MAX_ADDRESSES = 20;

const addressFields = {
  id: true,
  fullName: true,
  line1: true,
  line2: true,
  city: true,
  postalCode: true,
  country: true,
  phone: true,
  companyName: true,
  companyRegistrationNumber: true,
  companyVatId: true,
} as const;

export type SavedAddress = AddressInput & { id: string };

export async function listAddresses(db: Db, userId: string): Promise<SavedAddress[]> {
  return db.address.findMany({ where: { userId }, select: addressFields, orderBy: { createdAt: "asc" } });
}

export async function getAddress(db: Db, userId: string, addressId: string): Promise<SavedAddress> {
  const address = await db.address.findFirst({ where: { id: addressId, userId }, select: addressFields });
  if (!address) throw notFound("The address was not found.");
  return address;
}

export async function addAddress(db: Db, userId: string, input: AddressInput): Promise<SavedAddress> {
  return db.$transaction(async (tx) => {
    // Lock the owner's row so two concurrent adds cannot both pass the count check.
    await tx.$queryRaw`SELECT 1 FROM users WHERE id = ${userId}::uuid FOR UPDATE`;
    if ((await tx.address.count({ where: { userId } })) >= MAX_ADDRESSES) {
      throw new AppError(
        "conflict",
        serverMessage("You can save at most {count, plural, one {# address} other {# addresses}}; remove one first.", {
          count: MAX_ADDRESSES,
        }),
      );
    }
    return tx.address.create({ data: { ...input, userId }, select: addressFields });
  });
}

/** Replaces every field of the address (a field left out of `input` takes its default, e.g. no second line). */
export async function updateAddress(
  db: Db,
  userId: string,
  addressId: string,
  input: AddressInput,
): Promise<SavedAddress> {
  const { count } = await db.address.updateMany({ where: { id: addressId, userId }, data: input });
  if (count === 0) throw notFound("The address was not found.");
  return { id: addressId, ...input };
}

export async function deleteAddress(db: Db, userId: string, addressId: string): Promise<void> {
  const { count } = await db.address.deleteMany({ where: { id: addressId, userId } });
  if (count === 0) throw notFound("The address was not found.");
}
