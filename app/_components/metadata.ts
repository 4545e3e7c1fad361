import type { Metadata } from "next";
import { env } from "@/lib/env";
import type { ImageRef } from "@/lib/catalog/types";
import { defaultLanguage, formattingLocale } from "@/lib/i18n/languages";
import { localizedPath } from "@/lib/i18n/locale-path";
import { languageAlternates } from "@/lib/i18n/paths";

/** A page's canonical URL in its language, its other languages (hreflang), description and OpenGraph card.
 * Relative URLs resolve against PUBLIC_BASE_URL (metadataBase in the root layout), never against the request's
 * Host header. `path` is the page's path in the shop's own language (no prefix). */
export function pageMetadata(page: {
  title?: string;
  description: string;
  path: string;
  language: string;
  image?: ImageRef | null;
  noIndex?: boolean;
}): Metadata {
  const title = page.title ?? env.SHOP_NAME;
  const url = localizedPath(page.path, page.language, defaultLanguage);
  return {
    ...(page.title ? { title: page.title } : {}),
    description: page.description,
    alternates: { canonical: url, languages: languageAlternates(page.path) },
    openGraph: {
      type: "website",
      siteName: env.SHOP_NAME,
      locale: formattingLocale(page.language).replace("-", "_"),
      title,
      description: page.description,
      url,
      ...(page.image
        ? { images: [{ url: page.image.url, width: page.image.width, height: page.image.height, alt: page.image.alt }] }
        : {}),
    },
    twitter: { card: page.image ? "summary_large_image" : "summary", title, description: page.description },
    ...(page.noIndex ? { robots: { index: false, follow: true } } : {}),
  };
}

/** Plain text of at most `max` characters, cut at a word boundary. */
export function excerpt(text: string, max = 160): string {
  const clean = text.replace(/\s+/g, " ").trim();
  if (clean.length <= max) return clean;
  const cut = clean.slice(0, max - 1);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(" "), max * 0.6)).trimEnd()}…`;
}
