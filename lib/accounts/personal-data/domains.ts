import { randomBytes } from "node:crypto";
import type { Db, Tx } from "@/lib/db";
import { ordersPersonalData } from "@/lib/orders/orders-personal-data";
import { hashPassword } from "../password";

/**
 * One entry per part of the shop that holds personal data. Export collects every part; account deletion runs
 * every anonymiser in one transaction. Orders have their own entry (lib/orders/orders-personal-data.ts).
 */
export interface PersonalDataDomain {
  name: string;
  exportFor(db: Db, userId: string): Promise<unknown>;
  anonymise(tx: Tx, userId: string): Promise<void>;
}

const profile: PersonalDataDomain = {
  name: "profile",
  exportFor: (db, userId) =>
    db.user.findUniqueOrThrow({
      where: { id: userId },
      select: { id: true, email: true, name: true, role: true, createdAt: true, updatedAt: true },
    }),
  async anonymise(tx, userId) {
    // A fresh random password nobody knows, and a bumped session version: the account can never be used again.
    const passwordHash = await hashPassword(randomBytes(32).toString("base64url"));
    await tx.user.update({
      where: { id: userId },
      data: {
        email: `deleted-${userId}@deleted.invalid`,
        name: "Deleted customer",
        passwordHash,
        sessionVersion: { increment: 1 },
      },
    });
    await tx.passwordResetToken.deleteMany({ where: { userId } });
  },
};

const addresses: PersonalDataDomain = {
  name: "addresses",
  exportFor: (db, userId) =>
    db.address.findMany({
      where: { userId },
      orderBy: { createdAt: "asc" },
      select: {
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
        createdAt: true,
        updatedAt: true,
      },
    }),
  async anonymise(tx, userId) {
    await tx.address.deleteMany({ where: { userId } });
  },
};

/** Provider accounts that sign in to this one (lib/auth/oidc): removed with the account. */
const signInProviders: PersonalDataDomain = {
  name: "signInProviders",
  exportFor: (db, userId) =>
    db.oidcIdentity.findMany({
      where: { userId },
      orderBy: { createdAt: "asc" },
      select: { provider: true, email: true, createdAt: true, lastUsedAt: true },
    }),
  async anonymise(tx, userId) {
    await tx.oidcIdentity.deleteMany({ where: { userId } });
  },
};

/** The account's passkeys (their names and dates; the public keys are not personal data worth exporting). */
const passkeys: PersonalDataDomain = {
  name: "passkeys",
  exportFor: (db, userId) =>
    db.passkey.findMany({
      where: { userId },
      orderBy: { createdAt: "asc" },
      select: { name: true, createdAt: true, lastUsedAt: true },
    }),
  async anonymise(tx, userId) {
    await tx.passkey.deleteMany({ where: { userId } });
  },
};

export const personalDataDomains: PersonalDataDomain[] = [
  profile,
  addresses,
  signInProviders,
  passkeys,
  ordersPersonalData,
];
