import { shopIdentity } from "@/lib/shop/shop-identity";
import type { InvoiceParty } from "./invoice-document";

/** The shop as the seller on its invoices, from configuration. */
export function sellerParty(): InvoiceParty {
  const shop = shopIdentity();
  return {
    name: shop.legalName,
    addressLines: shop.addressLines,
    vatId: shop.vatId,
    companyId: shop.companyId,
    email: shop.email,
  };
}
