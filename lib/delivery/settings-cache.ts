import { db } from "@/lib/db";
import type { Db } from "@/lib/db/client";
import { listen, type Subscription } from "@/lib/db/listen";
import { env } from "@/lib/env";
import { log } from "@/lib/log";
import { loadShopSettings } from "./load-shop-settings";
import type { ShopSettings } from "./shop-settings";

// Delivery and payment settings are read on every checkout and checkout page, and change a few times a year: each
// instance keeps one copy in memory. Triggers on the settings tables (migration
// 20261204130000_delivery_and_payment_settings) NOTIFY `shop_settings_changed` on every committed change, from any
// process or tool; every instance LISTENs and drops its copy, so a rate staff change is charged at once everywhere.
// Backstops as for the catalog cache: a copy lives 15 s while notifications arrive, 1 s while they do not, and is
// dropped on every (re)connect. A load that overlapped a change is used once but not kept.

export const SETTINGS_CHANNEL = "shop_settings_changed";
const MAX_AGE_LISTENING_MS = 15_000;
const MAX_AGE_NOT_LISTENING_MS = 1_000;

export class SettingsCache {
  private value: { settings: ShopSettings; storedAt: number } | null = null;
  private loading: Promise<ShopSettings> | null = null;
  private generation = 0;
  private subscription: Subscription | null = null;

  constructor(
    private readonly db: Db,
    private readonly connectionString: string | undefined,
  ) {}

  get listening(): boolean {
    return this.subscription?.connected ?? false;
  }

  async get(): Promise<ShopSettings> {
    this.ensureListening();
    const maxAge = this.listening ? MAX_AGE_LISTENING_MS : MAX_AGE_NOT_LISTENING_MS;
    if (this.value && performance.now() - this.value.storedAt <= maxAge) return this.value.settings;
    if (this.loading) return this.loading;
    const generation = this.generation;
    const load = loadShopSettings(this.db).then((settings) => {
      Object.freeze(settings);
      if (generation === this.generation) this.value = { settings, storedAt: performance.now() };
      return settings;
    });
    this.loading = load;
    try {
      return await load;
    } finally {
      if (this.loading === load) this.loading = null;
    }
  }

  drop(): void {
    this.generation++;
    this.value = null;
    this.loading = null;
  }

  async close(): Promise<void> {
    const subscription = this.subscription;
    this.subscription = null;
    this.drop();
    await subscription?.close();
  }

  private ensureListening(): void {
    if (this.subscription || !this.connectionString) return;
    this.subscription = listen(
      this.connectionString,
      SETTINGS_CHANNEL,
      {
        onNotification: () => this.drop(),
        onConnect: () => this.drop(),
        onDisconnect: (error) => {
          this.drop();
          log.warn("settings cache: change notifications interrupted; settings re-read every second", {
            error: error instanceof Error ? error.message : String(error),
          });
        },
      },
      { pingMs: 5_000 },
    );
  }
}

// One per process, shared by every route bundle (and kept across dev reloads).
const GLOBAL_KEY = Symbol.for("shop.settingsCache");
const holder = globalThis as { [GLOBAL_KEY]?: SettingsCache };

function processCache(): SettingsCache {
  holder[GLOBAL_KEY] ??= new SettingsCache(db, env.DATABASE_URL);
  return holder[GLOBAL_KEY];
}

/** The current delivery and payment settings (frozen; shared by every request in the process). */
export const getShopSettings = (): Promise<ShopSettings> => processCache().get();

/** Drops this instance's copy at once (a writer's own next request sees its change); triggers tell the others. */
export const dropShopSettings = (): void => processCache().drop();

export const stopSettingsCache = (): Promise<void> => processCache().close();
