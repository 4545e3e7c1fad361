import { unstable_rethrow } from "next/navigation";
import { languageHeader } from "@/lib/http/request-cookies";
import { defaultLanguage, isEnabledLanguage } from "./languages";

/**
 * The language of the page or server action being handled (from its URL, via proxy.ts); the shop's own language
 * outside a request (a script or test calling an action directly).
 */
export async function currentLanguage(): Promise<string> {
  let language: string | null;
  try {
    language = await languageHeader();
  } catch (error) {
    unstable_rethrow(error);
    return defaultLanguage;
  }
  return isEnabledLanguage(language) ? language : defaultLanguage;
}
