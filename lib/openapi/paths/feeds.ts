import type { ApiOperation } from "../registry";

const TAG = "Product feeds";

const feed = (site: string, name: string, description: string): ApiOperation => ({
  method: "get",
  path: `/feeds/${site}.xml`,
  tag: TAG,
  summary: `The product feed for ${name}`,
  description: `${description} Public, built from the catalog as the storefront shows it (same prices and stock); every instance rebuilds it within a second of a catalog change. Staff choose the products and each category's text on /admin/feeds.`,
  success: { status: 200, description: "The feed document.", contentType: "application/xml" },
});

export const feedOperations: ApiOperation[] = [
  feed(
    "google",
    "Google Merchant Center",
    "RSS 2.0 with the g: namespace, one item per variant (sold-out ones as out_of_stock), variants grouped by item_group_id, shipping per country from the delivery settings.",
  ),
  feed(
    "heureka",
    "Heureka.cz",
    "SHOP/SHOPITEM, one SHOPITEM per variant that can be ordered now, grouped by ITEMGROUP_ID.",
  ),
  feed(
    "zbozi",
    "Zboží.cz",
    "SHOP/SHOPITEM in the http://www.zbozi.cz/ns/offer/1.0 namespace, one SHOPITEM per variant that can be ordered now, grouped by ITEMGROUP_ID.",
  ),
];
