import { db } from "@/lib/db";
import type { Db } from "@/lib/db/client";
import type { Subscription } from "@/lib/db/listen";
import { sharedListen } from "@/lib/db/shared-listen";
import { env } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { log } from "@/lib/log";
import { getProductBySlug } from "./get-product";
import { type CategorySummary, listCategories } from "./list-categories";
import { type FeedProduct, listFeedProducts } from "./list-feed-products";
import { listProducts } from "./list-products";
import { listSitemapEntries, type SitemapEntries } from "./list-sitemap-entries";
import type { ProductListQuery } from "./schemas";
import { type CacheStats, TaggedCache } from "./tagged-cache";
import type { ProductDetail, ProductPage } from "./types";

// The catalog's read cache: the one place storefront reads go through and the one place that invalidates.
//
// Why cache data and not routes: pages carry a per-request CSP nonce, so every page renders per request; what must
// not happen per request is the database round trip.
// Why not Next.js' `unstable_cache` + `revalidateTag`: their tag state lives in each process, so another instance
// would keep serving an old price until its entries expired; spreading it needs a custom cache handler with shared
// storage. We already have shared storage that can broadcast: PostgreSQL. So:
//
// - Each instance keeps catalog reads in memory (a Map lookup on a hit, no serialisation), tagged by product.
// - Triggers on the catalog tables (migration 20261125220700_catalog_change_notify) NOTIFY `catalog_changed` on
//   every committed change, from any process or tool (admin edits, checkout reserving stock, psql); every instance
//   LISTENs and drops the affected entries within milliseconds.
// - `invalidateCatalog()` also drops this instance's entries at once, so a writer's own next render shows its change
//   without waiting for the notification, and it notifies others of changes the triggers cannot see.
// - Backstops: while the LISTEN connection is up an entry lives at most 15 s (covers a socket that died silently
//   between pings); while it is down (startup, database restart) at most 1 s, and everything is dropped whenever it
//   (re)connects or drops, since notifications sent meanwhile are lost.
// - Values are deep-frozen: every request in the process shares them.

export const CATALOG_CHANNEL = "catalog_changed";
const MAX_AGE_LISTENING_MS = 15_000;
const MAX_AGE_NOT_LISTENING_MS = 1_000;

// Tags: "product:<id>" marks one product's detail; every aggregate (listings, categories, sitemap) depends on all
// products and is dropped on any change; "missing" marks remembered unknown slugs, dropped when any product changes.
const MISSING = "missing";
const productTag = (id: string) => `product:${id}`;
const noTags = () => [];

function deepFreeze<T>(value: T): T {
  if (value && typeof value === "object" && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const inner of Object.values(value)) deepFreeze(inner);
  }
  return value;
}

function listingKey(query: ProductListQuery, language: string): string {
  return JSON.stringify([
    language,
    query.q ?? null,
    query.category ?? null,
    query.minPrice ?? null,
    query.maxPrice ?? null,
    query.inStock ?? null,
    query.sort,
    query.page,
    query.pageSize,
  ]);
}

/** One app instance's catalog cache. The app uses one per process (below); tests create several. */
export class CatalogCache {
  private readonly products: TaggedCache<ProductDetail | null>;
  private readonly listings: TaggedCache<ProductPage>;
  private readonly categories: TaggedCache<CategorySummary[]>;
  private readonly sitemap: TaggedCache<SitemapEntries>;
  private readonly feed: TaggedCache<readonly FeedProduct[]>;
  private subscription: Subscription | null = null;

  constructor(
    private readonly db: Db,
    private readonly connectionString: string | undefined,
  ) {
    const maxAgeMs = () => (this.subscription?.connected ? MAX_AGE_LISTENING_MS : MAX_AGE_NOT_LISTENING_MS);
    this.products = new TaggedCache({ maxEntries: 5_000, maxAgeMs });
    this.listings = new TaggedCache({ maxEntries: 1_000, maxAgeMs });
    // One entry per language.
    this.categories = new TaggedCache({ maxEntries: 16, maxAgeMs });
    this.sitemap = new TaggedCache({ maxEntries: 1, maxAgeMs });
    // One entry per feed language (lib/feeds/feed-language.ts): at most the shop's own and Czech.
    this.feed = new TaggedCache({ maxEntries: 2, maxAgeMs });
    this.ensureListening();
  }

  /** True while change notifications arrive, i.e. entries may live up to the long backstop. */
  get listening(): boolean {
    return this.subscription?.connected ?? false;
  }

  /** Texts in `language` (lib/i18n/languages.ts), each falling back to the shop's own; likewise below. */
  getProduct(slug: string, language: string): Promise<ProductDetail | null> {
    this.ensureListening();
    return this.products.get(
      JSON.stringify([language, slug]),
      async () => {
        try {
          return deepFreeze(await getProductBySlug(this.db, slug, language));
        } catch (error) {
          if (error instanceof AppError && error.code === "not_found") return null;
          throw error;
        }
      },
      (product) => (product ? [productTag(product.id)] : [MISSING]),
    );
  }

  listProducts(query: ProductListQuery, language: string): Promise<ProductPage> {
    this.ensureListening();
    return this.listings.get(
      listingKey(query, language),
      async () => deepFreeze(await listProducts(this.db, query, language)),
      noTags,
    );
  }

  listCategories(language: string): Promise<CategorySummary[]> {
    this.ensureListening();
    return this.categories.get(language, async () => deepFreeze(await listCategories(this.db, language)), noTags);
  }

  sitemapEntries(): Promise<SitemapEntries> {
    this.ensureListening();
    return this.sitemap.get("all", async () => deepFreeze(await listSitemapEntries(this.db)), noTags);
  }

  /** Everything the product feeds export (lib/feeds) in a language; the same object until the catalog changes. */
  feedProducts(language: string): Promise<readonly FeedProduct[]> {
    this.ensureListening();
    return this.feed.get(language, async () => deepFreeze(await listFeedProducts(this.db, language)), noTags);
  }

  /** Drops what a change affects: with product ids, those products and every aggregate; else everything. */
  drop(productIds?: readonly string[]): void {
    if (productIds && productIds.length > 0) this.products.invalidate([...productIds.map(productTag), MISSING]);
    else this.products.invalidate();
    this.listings.invalidate();
    this.categories.invalidate();
    this.sitemap.invalidate();
    this.feed.invalidate();
  }

  /** Drops locally at once, then tells every instance (this one included) through PostgreSQL. */
  async invalidate(
    productIds?: readonly string[],
    client: { $executeRaw: Db["$executeRaw"] } = this.db,
  ): Promise<void> {
    this.drop(productIds);
    const payloads = productIds && productIds.length > 0 ? [...new Set(productIds)].map(productTag) : ["all"];
    for (const payload of payloads) await client.$executeRaw`SELECT pg_notify(${CATALOG_CHANNEL}, ${payload})`;
  }

  stats(): { listening: boolean; products: CacheStats; listings: CacheStats; categories: CacheStats } {
    return {
      listening: this.listening,
      products: this.products.stats(),
      listings: this.listings.stats(),
      categories: this.categories.stats(),
    };
  }

  /** Stops listening (graceful shutdown, tests); the next read starts listening again. */
  async close(): Promise<void> {
    const subscription = this.subscription;
    this.subscription = null;
    this.drop();
    await subscription?.close();
  }

  private ensureListening(): void {
    if (this.subscription || !this.connectionString) return;
    // The process's one connection for catalog changes, shared with the page cache (lib/db/shared-listen.ts).
    this.subscription = sharedListen(this.connectionString, CATALOG_CHANNEL, {
      onNotification: (payload) => {
        const match = /^product:([0-9a-f-]{36})$/.exec(payload);
        this.drop(match?.[1] ? [match[1]] : undefined);
      },
      onConnect: () => this.drop(),
      onDisconnect: (error) => {
        this.drop();
        log.warn("catalog cache: change notifications interrupted; entries live 1 s until reconnected", {
          error: error instanceof Error ? error.message : String(error),
        });
      },
    });
  }
}

// One cache per process, shared by every route bundle that imports this module (and kept across dev reloads).
const GLOBAL_KEY = Symbol.for("shop.catalogCache");
const holder = globalThis as unknown as { [GLOBAL_KEY]?: CatalogCache };

function processCache(): CatalogCache {
  holder[GLOBAL_KEY] ??= new CatalogCache(db, env.DATABASE_URL);
  return holder[GLOBAL_KEY];
}

// Storefront reads take the language to answer in: a page's `await currentLanguage()`, an API request's
// catalogApiLanguage(). Names, descriptions and alt texts come translated, each falling back to the shop's own.

/** An active product by slug, or null when there is none to show. */
export const getCachedProduct = (slug: string, language: string) => processCache().getProduct(slug, language);

/** A page of the listing; the query must already be validated by productListQuerySchema. */
export const listCachedProducts = (query: ProductListQuery, language: string) =>
  processCache().listProducts(query, language);

export const listCachedCategories = (language: string) => processCache().listCategories(language);

export const listCachedSitemapEntries = () => processCache().sitemapEntries();

export const listCachedFeedProducts = (language: string) => processCache().feedProducts(language);

/**
 * Call after a catalog change commits (or inside its transaction, passing the transaction client, so others hear
 * of it at commit): this instance drops the entries at once, every other instance within milliseconds. Without
 * product ids the whole catalog is dropped. Changes made through SQL are also announced by database triggers.
 */
export function invalidateCatalog(
  scope: { productIds?: readonly string[] } = {},
  client?: { $executeRaw: Db["$executeRaw"] },
): Promise<void> {
  return processCache().invalidate(scope.productIds, client);
}
