import type { FeedProduct } from "@/lib/catalog/list-feed-products";
import type { FeedSite } from "@/lib/generated/prisma/client";
import { feedOffers } from "./feed-offers";
import type { FeedInput } from "./feed-input";
import { googleFeedXml } from "./google-feed";
import { heurekaFeedXml } from "./heureka-feed";
import { zboziFeedXml } from "./zbozi-feed";

export const FEED_SITES = ["google", "heureka", "zbozi"] as const satisfies readonly FeedSite[];

const renderers: Record<FeedSite, (offers: ReturnType<typeof feedOffers>, input: FeedInput) => string> = {
  google: googleFeedXml,
  heureka: heurekaFeedXml,
  zbozi: zboziFeedXml,
};

/** A site's feed document for the exported products. Pure: the same input gives the same bytes. */
export function renderFeed(site: FeedSite, products: readonly FeedProduct[], input: FeedInput): string {
  return renderers[site](feedOffers(products, input.baseUrl, input.language), input);
}
