import type { ShopSettings } from "@/lib/delivery/shop-settings";

/** What every feed format needs besides the offers. */
export interface FeedInput {
  shopName: string;
  /** The configured public base URL, never the request's host. */
  baseUrl: string;
  settings: ShopSettings;
}
