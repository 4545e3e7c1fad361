import { env } from "@/lib/env";

// Who the shop is, as e-mails and invoices show it. Read from configuration, never from a request.
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

export function shopIdentity(): ShopIdentity {
  return {
    name: env.SHOP_NAME,
    legalName: env.SHOP_LEGAL_NAME ?? env.SHOP_NAME,
    addressLines: env.SHOP_ADDRESS.split(";")
      .map((line) => line.trim())
      .filter(Boolean),
    email: env.SHOP_EMAIL,
    logoUrl: env.SHOP_LOGO_URL ?? null,
    baseUrl: env.PUBLIC_BASE_URL.replace(/\/$/, ""),
    vatId: env.SHOP_VAT_ID ?? null,
    companyId: env.SHOP_COMPANY_ID ?? null,
    locale: env.SHOP_LOCALE,
  };
}
