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
  ];
}
