import { feedRoute } from "@/lib/feeds/feed-route";

export const dynamic = "force-dynamic";

/** GET /feeds/zbozi.xml — public, built from the catalog cache (lib/feeds). */
export const GET = feedRoute("zbozi");
