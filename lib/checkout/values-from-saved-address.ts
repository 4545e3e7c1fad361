import type { SavedAddress } from "@/lib/accounts/addresses";

/**
 * A saved address as the checkout form's field values (the names checkoutFromForm reads), so choosing one fills the
 * delivery address and, for a company address, ticks "buying for a company" with its details. The values go through
 * the checkout's own validation when the order is reviewed and placed, like anything typed.
 */
export function checkoutValuesFromSavedAddress(address: SavedAddress): Record<string, string> {
  return {
    name: address.fullName,
    line1: address.line1,
    line2: address.line2,
    city: address.city,
    postalCode: address.postalCode,
    phone: address.phone,
    ...(address.companyName
      ? {
          asCompany: "on",
          companyName: address.companyName,
          companyRegistrationNumber: address.companyRegistrationNumber,
          companyVatId: address.companyVatId,
        }
      : {}),
  };
}
