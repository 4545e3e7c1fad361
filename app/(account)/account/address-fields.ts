import { getTranslations } from "next-intl/server";
import type { FieldSpec } from "@/app/(account)/_components/account-form";
import type { SavedAddress } from "@/lib/accounts/addresses";

/** The fields of a saved address, labelled in the page's language. */
export async function addressFields(address?: SavedAddress): Promise<FieldSpec[]> {
  const t = await getTranslations("fields");
  return [
    { name: "fullName", label: t("fullName"), autoComplete: "name", maxLength: 100, defaultValue: address?.fullName },
    {
      name: "line1",
      label: t("streetAddress"),
      autoComplete: "address-line1",
      maxLength: 200,
      defaultValue: address?.line1,
    },
    {
      name: "line2",
      label: t("addressLine2"),
      autoComplete: "address-line2",
      required: false,
      maxLength: 200,
      defaultValue: address?.line2,
    },
    {
      name: "city",
      label: t("townOrCity"),
      autoComplete: "address-level2",
      maxLength: 100,
      defaultValue: address?.city,
    },
    {
      name: "postalCode",
      label: t("postalCode"),
      autoComplete: "postal-code",
      maxLength: 20,
      defaultValue: address?.postalCode,
    },
    {
      name: "country",
      label: t("countryCode"),
      hint: t("countryCodeHint"),
      autoComplete: "country",
      maxLength: 2,
      defaultValue: address?.country,
    },
    {
      name: "phone",
      label: t("phoneOptional"),
      type: "tel",
      autoComplete: "tel",
      required: false,
      maxLength: 30,
      defaultValue: address?.phone,
    },
    {
      name: "companyName",
      label: t("companyNameOptional"),
      hint: t("companyNameHint"),
      autoComplete: "organization",
      required: false,
      maxLength: 120,
      defaultValue: address?.companyName,
    },
    {
      name: "companyRegistrationNumber",
      label: t("companyRegistrationNumber"),
      required: false,
      maxLength: 30,
      defaultValue: address?.companyRegistrationNumber,
    },
    {
      name: "companyVatId",
      label: t("companyVatId"),
      hint: t("companyVatIdHint"),
      required: false,
      maxLength: 30,
      defaultValue: address?.companyVatId,
    },
  ];
}
