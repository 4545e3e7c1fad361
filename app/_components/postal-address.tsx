import { Fragment } from "react";
import { addressLines } from "@/lib/delivery/address-lines";
import { formattingLocale } from "@/lib/i18n/languages";
import { currentLanguage } from "@/lib/i18n/request-language";

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

/** The country's name in `locale` (the runtime's CLDR data); the code itself if it has none. */
function countryNameIn(code: string, locale: string): string {
  try {
    return new Intl.DisplayNames([locale], { type: "region", fallback: "code" }).of(code) ?? code;
  } catch {
    return code;
  }
}

/**
 * A postal address, one line each, the country by name in the page's language; the phone number only where staff
 * need it.
 */
export async function PostalAddress({
  address,
  withPhone = false,
  className,
}: {
  address: PostalAddressValue;
  withPhone?: boolean;
  className?: string;
}) {
  const locale = formattingLocale(await currentLanguage());
  const lines = [
    address.name ?? address.fullName ?? "",
    ...addressLines(address, "none"),
    address.country ? countryNameIn(address.country, locale) : null,
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
