import { getTranslations } from "next-intl/server";
import { LocaleLink as Link } from "@/app/_components/locale-link";
import type { FieldErrors } from "@/lib/errors";
import { MAX_PAGE, MAX_PAGE_SIZE } from "@/lib/catalog/schemas";

const fieldKeys = ["q", "category", "page", "pageSize", "sort", "minPrice", "maxPrice", "inStock"] as const;
type FieldKey = (typeof fieldKeys)[number];
const isFieldKey = (field: string): field is FieldKey => (fieldKeys as readonly string[]).includes(field);

/** What a listing shows for a URL it cannot use (page=-1, sort=DROP, a 10 kB query…): why, and a way on. */
export async function InvalidListingParams({ fields, resetHref }: { fields: FieldErrors; resetHref: string }) {
  const t = await getTranslations("listing");
  // One sentence per refused parameter, in the page's language (the schema's own messages are the API's English).
  const messages = [
    ...new Set(
      Object.keys(fields).map((field) =>
        isFieldKey(field)
          ? t(`invalid.${field}`, { maxPage: MAX_PAGE, maxPageSize: MAX_PAGE_SIZE })
          : t("invalid.other"),
      ),
    ),
  ];
  return (
    <div className="notice notice-warning" role="alert">
      <h2 className="notice-title">{t("invalidTitle")}</h2>
      <ul>
        {messages.map((message) => (
          <li key={message}>{message}</li>
        ))}
      </ul>
      <p>
        <Link prefetch={false} className="button" href={resetHref}>
          {t("showAll")}
        </Link>
      </p>
    </div>
  );
}
