import { Fragment } from "react";
import { addressLines } from "@/lib/delivery/address-lines";
import { countryNames } from "@/lib/delivery/countries";
import { formattingLocale } from "@/lib/i18n/languages";

/** An address as orders store it (`name`) or as an account saves it (`fullName`). */
export interface PostalAddressValue {
  name?: string;
  fullName?: string;
  line1: string;
  line2?: string | null;
  postalCode: string;
  city: string;
  country: string;
  phone?: string | null;
}

/**
 * A postal address, one line each, the country by name (in `language` when given: the page's); the phone number
 * only where staff need it.
 */
export function PostalAddress({
  address,
  withPhone = false,
  className,
  language,
}: {
  address: PostalAddressValue;
  withPhone?: boolean;
  className?: string;
  language?: string;
}) {
  const lines = [
    address.name ?? address.fullName ?? "",
    ...(language
      ? [
          ...addressLines(address, "none"),
          address.country ? countryNames(formattingLocale(language)).name(address.country) : null,
        ]
      : addressLines(address, "name")),
    withPhone ? address.phone : null,
  ].filter((line): line is string => Boolean(line));
  return (
    <address className={className}>
      {lines.map((line, index) => (
        <Fragment key={index}>
          {index > 0 ? <br /> : null}
          {line}
        </Fragment>
      ))}
    </address>
  );
}
