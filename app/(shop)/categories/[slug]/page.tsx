import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { InvalidListingParams } from "@/app/_components/listing/invalid-params";
import { ListingView } from "@/app/_components/listing/listing-view";
import { LocaleLink as Link } from "@/app/_components/locale-link";
import { excerpt, pageMetadata } from "@/app/_components/metadata";
import { listCachedCategories, listCachedProducts } from "@/lib/catalog/cache";
import { parseListingParams, type RawSearchParams } from "@/lib/catalog/listing-params";
import { slugSchema } from "@/lib/catalog/schemas";
import { allowPageCache, onlyQueryKeys } from "@/lib/http/page-render-record";
import { currentLanguage } from "@/lib/i18n/request-language";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ slug: string }>; searchParams: Promise<RawSearchParams> };

async function findCategory(slug: string) {
  if (!slugSchema.safeParse(slug).success) return null;
  const categories = await listCachedCategories(await currentLanguage());
  return categories.find((c) => c.slug === slug) ?? null;
}

export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  const category = await findCategory((await params).slug);
  if (!category) return {};
  const parsed = parseListingParams(await searchParams, { category: category.slug });
  const page = parsed.ok ? parsed.query.page : 1;
  const path = `/categories/${category.slug}${page > 1 ? `?page=${page}` : ""}`;
  const t = await getTranslations("category");
  return pageMetadata({
    language: await currentLanguage(),
    title: page > 1 ? t("titleWithPage", { name: category.name, page }) : category.name,
    description: excerpt(
      `${category.description} ${t("metaDescription", { count: category.productCount, name: category.name })}`,
    ),
    path,
    image: category.image,
  });
}

export default async function CategoryPage({ params, searchParams }: Props) {
  const category = await findCategory((await params).slug);
  if (!category) notFound();
  const path = `/categories/${category.slug}`;
  const raw = await searchParams;
  const parsed = parseListingParams(raw, { category: category.slug });
  if (onlyQueryKeys(raw)) allowPageCache();
  const t = await getTranslations("category");

  return (
    <>
      <nav aria-label={t("breadcrumb")} className="breadcrumbs">
        <ol>
          <li>
            <Link prefetch={false} href="/">
              {t("home")}
            </Link>
          </li>
          <li>
            <Link prefetch={false} href={path} aria-current="page">
              {category.name}
            </Link>
          </li>
        </ol>
      </nav>
      <h1 className="page-title">{category.name}</h1>
      <p className="page-lead">{category.description}</p>
      {parsed.ok ? (
        <ListingView
          path={path}
          query={parsed.query}
          result={await listCachedProducts(parsed.query, await currentLanguage())}
        />
      ) : (
        <InvalidListingParams fields={parsed.fields} resetHref={path} />
      )}
    </>
  );
}
