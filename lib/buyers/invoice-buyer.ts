import type { InvoiceParty } from "@/lib/invoices/invoice-document";
import { storedAddressSchema } from "@/lib/orders/schemas";
import { buyerCompanySchema } from "./schemas";

type Address = {
  name: string;
  line1: string;
  line2?: string | undefined;
  city: string;
  postalCode: string;
  country: string;
};

const linesOf = (a: Address) =>
  [a.line1, a.line2, `${a.postalCode} ${a.city}`, a.country].filter((line): line is string => Boolean(line));

/**
 * Who the invoice is made out to: a business buyer's company (with its registration number and VAT ID) or the
 * shopper, at the billing address when one was given, else the delivery address. The stored JSON columns are parsed
 * here, never trusted as they are.
 */
export function invoiceBuyer(order: {
  email: string;
  shippingAddress: unknown;
  buyerCompany: unknown;
  billingAddress: unknown;
}): Omit<InvoiceParty, "email"> & { email: string } {
  const delivery = storedAddressSchema.parse(order.shippingAddress);
  const billing = order.billingAddress === null ? null : storedAddressSchema.parse(order.billingAddress);
  const address = billing ?? delivery;
  const company = order.buyerCompany === null ? null : buyerCompanySchema.parse(order.buyerCompany);
  if (!company) return { name: address.name, addressLines: linesOf(address), email: order.email };
  return {
    name: company.name,
    // The person the invoice is for, then the address.
    addressLines: [address.name, ...linesOf(address)],
    companyId: company.registrationNumber ?? null,
    vatId: company.vatId ?? null,
    email: order.email,
  };
}
