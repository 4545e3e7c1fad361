import type { FieldSpec } from "@/app/(account)/_components/account-form";
import type { SavedAddress } from "@/lib/accounts/addresses";

export function addressFields(address?: SavedAddress): FieldSpec[] {
  return [
    { name: "fullName", label: "Full name", autoComplete: "name", maxLength: 100, defaultValue: address?.fullName },
    {
      name: "line1",
      label: "Street address",
      autoComplete: "address-line1",
      maxLength: 200,
      defaultValue: address?.line1,
    },
    {
      name: "line2",
      label: "Apartment, floor (optional)",
      autoComplete: "address-line2",
      required: false,
      maxLength: 200,
      defaultValue: address?.line2,
    },
    {
      name: "city",
      label: "Town or city",
      autoComplete: "address-level2",
      maxLength: 100,
      defaultValue: address?.city,
    },
    {
      name: "postalCode",
      label: "Postal code",
      autoComplete: "postal-code",
      maxLength: 20,
      defaultValue: address?.postalCode,
    },
    {
      name: "country",
      label: "Country code",
      hint: "Two letters, e.g. IE, DE, FR.",
      autoComplete: "country",
      maxLength: 2,
      defaultValue: address?.country,
    },
    {
      name: "phone",
      label: "Phone (optional)",
      type: "tel",
      autoComplete: "tel",
      required: false,
      maxLength: 30,
      defaultValue: address?.phone,
    },
    {
      name: "companyName",
      label: "Company name (optional)",
      hint: "For invoices made out to a company.",
      autoComplete: "organization",
      required: false,
      maxLength: 120,
      defaultValue: address?.companyName,
    },
    {
      name: "companyRegistrationNumber",
      label: "Company registration number (optional)",
      required: false,
      maxLength: 30,
      defaultValue: address?.companyRegistrationNumber,
    },
    {
      name: "companyVatId",
      label: "VAT ID (optional)",
      hint: "With the country code, e.g. CZ12345678 or DE123456789.",
      required: false,
      maxLength: 30,
      defaultValue: address?.companyVatId,
    },
  ];
}
