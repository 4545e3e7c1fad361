import type { Db, Tx } from "@/lib/db";
import { loadShopIdentity } from "@/lib/shop/shop-identity";
import type { InvoiceParty } from "./invoice-document";

/** The shop as the seller on a document issued now: the identity in force (staff settings over SHOP_* defaults). */
export async function sellerParty(db: Db | Tx): Promise<InvoiceParty> {
  const shop = await loadShopIdentity(db);
  return {
    name: shop.legalName,
    addressLines: shop.addressLines,
    vatId: shop.vatId,
    companyId: shop.companyId,
    email: shop.email,
  };
}
