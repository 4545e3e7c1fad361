import { getRequestConfig } from "next-intl/server";
import { env } from "@/lib/env";
import { catalog } from "./catalog";
import { currentLanguage } from "./request-language";

// next-intl's per-request configuration (named in next.config.ts): the URL's language and its catalog.
export default getRequestConfig(async () => {
  const locale = await currentLanguage();
  return { locale, messages: catalog(locale), timeZone: env.SHOP_TIME_ZONE };
});
