// An in-process read-through cache whose entries carry tags, so a change can drop exactly what it affects.
// Pure logic (no database, no Next.js): lib/catalog/cache.ts wires it to the catalog and to PostgreSQL NOTIFY.
//
// - Single flight: concurrent misses on one key share one load, so a burst of requests costs one query.
// - Tags come from the loaded value (a product's entry is tagged with its id, known only once loaded).
// - A load that was running during any invalidation is returned to its callers but never stored: it may have read
//   the database before the change committed, and its tags are not known yet.
// - Bounded: least recently used entries are evicted beyond `maxEntries`; failed loads are not cached.

export interface TaggedCacheOptions {
  maxEntries: number;
  /** Age after which an entry is reloaded; read on every lookup, so it can depend on live state. */
  maxAgeMs: () => number;
  now?: () => number;
}

export interface CacheStats {
  hits: number;
  misses: number;
  /** Lookups that joined a load already running for the same key. */
  joined: number;
  entries: number;
}

interface Entry<V> {
  value: V;
  tags: readonly string[];
  storedAt: number;
}

interface Load<V> {
  promise: Promise<V>;
  invalidated: boolean;
}

export class TaggedCache<V> {
  private readonly entries = new Map<string, Entry<V>>();
  private readonly loads = new Map<string, Load<V>>();
  private readonly now: () => number;
  private counters = { hits: 0, misses: 0, joined: 0 };

  constructor(private readonly options: TaggedCacheOptions) {
    this.now = options.now ?? (() => performance.now());
  }

  get(key: string, load: () => Promise<V>, tagsOf: (value: V) => readonly string[]): Promise<V> {
    const entry = this.entries.get(key);
    if (entry) {
      if (this.now() - entry.storedAt <= this.options.maxAgeMs()) {
        // Re-insert so Map order is least-recently-used first.
        this.entries.delete(key);
        this.entries.set(key, entry);
        this.counters.hits++;
        return Promise.resolve(entry.value);
      }
      this.entries.delete(key);
    }
    const running = this.loads.get(key);
    if (running) {
      this.counters.joined++;
      return running.promise;
    }
    this.counters.misses++;
    const record: Load<V> = { promise: Promise.resolve(undefined as V), invalidated: false };
    const storedAt = this.now();
    record.promise = (async () => {
      try {
        const value = await load();
        if (!record.invalidated) this.store(key, { value, tags: tagsOf(value), storedAt });
        return value;
      } finally {
        if (this.loads.get(key) === record) this.loads.delete(key);
      }
    })();
    this.loads.set(key, record);
    return record.promise;
  }

  /** Drops entries carrying any of the tags (with no tags, every entry) and every running load. */
  invalidate(tags?: readonly string[]): void {
    for (const [key, entry] of this.entries) {
      if (!tags || entry.tags.some((t) => tags.includes(t))) this.entries.delete(key);
    }
    for (const load of this.loads.values()) load.invalidated = true;
    this.loads.clear();
  }

  stats(): CacheStats {
    return { ...this.counters, entries: this.entries.size };
  }

  private store(key: string, entry: Entry<V>): void {
    this.entries.delete(key);
    this.entries.set(key, entry);
    while (this.entries.size > this.options.maxEntries) {
      const oldest = this.entries.keys().next();
      if (oldest.done) break;
      this.entries.delete(oldest.value);
    }
  }
}
