import { invalidateCatalog } from "@/lib/catalog/cache";
import { describeError, log } from "@/lib/log";

/**
 * After a catalog change commits: this process drops the cached entries at once, so the next storefront read (the
 * writer's own redirect, an API call right after) shows the change; other processes hear of it from the database
 * triggers. The change is already committed, so a failure here is logged, not reported to the caller.
 */
export async function refreshStorefront(productIds?: readonly string[]): Promise<void> {
  try {
    await invalidateCatalog(productIds && productIds.length > 0 ? { productIds } : {});
  } catch (error) {
    log.warn("catalog cache: could not announce a change; entries expire on their own", describeError(error));
  }
}
