import { feedRoute } from "@/lib/feeds/feed-route";

export const dynamic = "force-dynamic";

/** GET /feeds/heureka.xml — public, built from the catalog cache (lib/feeds). */
export const GET = feedRoute("heureka");
