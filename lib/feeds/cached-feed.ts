import { listCachedFeedProducts } from "@/lib/catalog/cache";
import { getShopSettings } from "@/lib/delivery/settings-cache";
import { env } from "@/lib/env";
import type { FeedSite } from "@/lib/generated/prisma/client";
import { feedLanguage } from "./feed-language";
import { renderFeed } from "./render-feed";

// A feed is rebuilt only when what it is made of changes: the exported products come from the catalog cache (a new
// object after every catalog change, feed settings included, on every instance) and shipping from the delivery
// settings cache (likewise). While both are the same objects, the document rendered from them is served as is.

interface Rendered {
  products: unknown;
  settings: unknown;
  xml: string;
}

const GLOBAL_KEY = Symbol.for("shop.renderedFeeds");
const holder = globalThis as { [GLOBAL_KEY]?: Map<FeedSite, Rendered> };

export async function cachedFeedXml(site: FeedSite): Promise<string> {
  const language = feedLanguage(site);
  const [products, settings] = await Promise.all([listCachedFeedProducts(language), getShopSettings()]);
  const rendered = (holder[GLOBAL_KEY] ??= new Map<FeedSite, Rendered>());
  const hit = rendered.get(site);
  if (hit && hit.products === products && hit.settings === settings) return hit.xml;
  const xml = renderFeed(site, products, { shopName: env.SHOP_NAME, baseUrl: env.PUBLIC_BASE_URL, settings, language });
  rendered.set(site, { products, settings, xml });
  return xml;
}
