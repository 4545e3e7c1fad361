import type { Db, Tx } from "@/lib/db";
import { env } from "@/lib/env";

// Who the shop is, as the imprint, the footer, e-mails and new invoices show it. Staff set the legal name, address,
// registration number, VAT ID and contact e-mail in the admin (Shop identity); until they do, and for the rest
// (trading name, logo, address of the site, locale), the SHOP_* variables apply. Never read from a request.
export interface ShopIdentity {
  name: string;
  legalName: string;
  addressLines: string[];
  email: string;
  logoUrl: string | null;
  baseUrl: string;
  vatId: string | null;
  companyId: string | null;
  locale: string;
}

/** The identity from the SHOP_* variables alone: the first-start defaults. */
export function shopIdentityFromEnv(): ShopIdentity {
  return {
    name: env.SHOP_NAME,
    legalName: env.SHOP_LEGAL_NAME ?? env.SHOP_NAME,
    addressLines: splitAddress(env.SHOP_ADDRESS, ";"),
    email: env.SHOP_EMAIL,
    logoUrl: env.SHOP_LOGO_URL ?? null,
    baseUrl: env.PUBLIC_BASE_URL.replace(/\/$/, ""),
    vatId: env.SHOP_VAT_ID ?? null,
    companyId: env.SHOP_COMPANY_ID ?? null,
    locale: env.SHOP_LOCALE,
  };
}

export function splitAddress(text: string, separator: string | RegExp): string[] {
  return text
    .split(separator)
    .map((line) => line.trim())
    .filter(Boolean);
}

/**
 * The identity in force now: what staff saved, over the defaults. Read inside the caller's transaction where one is
 * open (an invoice is issued with the identity as of its own transaction).
 */
export async function loadShopIdentity(db: Db | Tx): Promise<ShopIdentity> {
  const defaults = shopIdentityFromEnv();
  const saved = await db.shopIdentitySetting.findUnique({ where: { id: 1 } });
  if (!saved) return defaults;
  return {
    ...defaults,
    legalName: saved.legalName,
    addressLines: splitAddress(saved.address, "\n"),
    email: saved.email,
    vatId: saved.vatId || null,
    companyId: saved.companyId || null,
  };
}
