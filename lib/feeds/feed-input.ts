import type { ShopSettings } from "@/lib/delivery/shop-settings";

/** What every feed format needs besides the offers. */
export interface FeedInput {
  shopName: string;
  /** The configured public base URL, never the request's host. */
  baseUrl: string;
  settings: ShopSettings;
  /** The feed's language (feed-language.ts): its links open the pages in it. */
  language: string;
}
