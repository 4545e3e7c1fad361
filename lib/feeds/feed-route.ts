import type { FeedSite } from "@/lib/generated/prisma/client";
import { handler } from "@/lib/http/handler";
import { cachedFeedXml } from "./cached-feed";

/** A feed's public route: the document as XML, cacheable by the sites that poll it for a few minutes. */
export function feedRoute(site: FeedSite) {
  return handler({ auth: "public" }, async () => {
    const xml = await cachedFeedXml(site);
    return new Response(xml, {
      headers: {
        "content-type": "application/xml; charset=utf-8",
        "cache-control": "public, max-age=300",
        "x-content-type-options": "nosniff",
      },
    });
  });
}
