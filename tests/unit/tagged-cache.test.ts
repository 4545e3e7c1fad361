import { describe, expect, it, vi } from "vitest";
import { TaggedCache } from "@/lib/catalog/tagged-cache";

function setup(maxAgeMs = 1_000, maxEntries = 100) {
  let now = 0;
  const cache = new TaggedCache<string>({ maxEntries, maxAgeMs: () => maxAgeMs, now: () => now });
  return { cache, advance: (ms: number) => (now += ms) };
}

const deferred = <T>() => {
  let resolve: (value: T) => void = () => undefined;
  const promise = new Promise<T>((r) => (resolve = r));
  return { promise, resolve };
};

describe("TaggedCache", () => {
  it("loads once and serves later reads from memory until the entry is too old", async () => {
    const { cache, advance } = setup(1_000);
    const load = vi.fn(() => Promise.resolve("v1"));
    expect(await cache.get("k", load, () => [])).toBe("v1");
    advance(1_000);
    expect(await cache.get("k", load, () => [])).toBe("v1");
    expect(load).toHaveBeenCalledTimes(1);
    advance(1);
    await cache.get("k", load, () => []);
    expect(load).toHaveBeenCalledTimes(2);
    expect(cache.stats()).toMatchObject({ hits: 1, misses: 2 });
  });

  it("shares one load between concurrent misses", async () => {
    const { cache } = setup();
    const gate = deferred<string>();
    const load = vi.fn(() => gate.promise);
    const reads = Array.from({ length: 50 }, () => cache.get("k", load, () => []));
    gate.resolve("v");
    expect(await Promise.all(reads)).toEqual(Array(50).fill("v"));
    expect(load).toHaveBeenCalledTimes(1);
    expect(cache.stats().joined).toBe(49);
  });

  it("drops only the entries carrying an invalidated tag", async () => {
    const { cache } = setup();
    await cache.get(
      "a",
      () => Promise.resolve("a1"),
      () => ["product:1"],
    );
    await cache.get(
      "b",
      () => Promise.resolve("b1"),
      () => ["product:2"],
    );
    cache.invalidate(["product:1"]);
    expect(
      await cache.get(
        "a",
        () => Promise.resolve("a2"),
        () => ["product:1"],
      ),
    ).toBe("a2");
    expect(
      await cache.get(
        "b",
        () => Promise.resolve("b2"),
        () => ["product:2"],
      ),
    ).toBe("b1");
    cache.invalidate();
    expect(
      await cache.get(
        "b",
        () => Promise.resolve("b3"),
        () => [],
      ),
    ).toBe("b3");
  });

  it("never stores a load that was running when something was invalidated", async () => {
    const { cache } = setup();
    const gate = deferred<string>();
    const stale = cache.get(
      "k",
      () => gate.promise,
      () => ["product:1"],
    );
    cache.invalidate(["product:9"]);
    // A read after the invalidation starts its own load instead of joining the old one.
    const fresh = cache.get(
      "k",
      () => Promise.resolve("new"),
      () => ["product:1"],
    );
    gate.resolve("old");
    expect(await stale).toBe("old");
    expect(await fresh).toBe("new");
    expect(
      await cache.get(
        "k",
        () => Promise.resolve("unused"),
        () => [],
      ),
    ).toBe("new");
  });

  it("does not cache failures", async () => {
    const { cache } = setup();
    await expect(
      cache.get(
        "k",
        () => Promise.reject(new Error("down")),
        () => [],
      ),
    ).rejects.toThrow("down");
    expect(
      await cache.get(
        "k",
        () => Promise.resolve("up"),
        () => [],
      ),
    ).toBe("up");
  });

  it("evicts the least recently used entry beyond its size", async () => {
    const { cache } = setup(1_000, 2);
    await cache.get(
      "a",
      () => Promise.resolve("a"),
      () => [],
    );
    await cache.get(
      "b",
      () => Promise.resolve("b"),
      () => [],
    );
    await cache.get(
      "a",
      () => Promise.resolve("unused"),
      () => [],
    );
    await cache.get(
      "c",
      () => Promise.resolve("c"),
      () => [],
    );
    expect(
      await cache.get(
        "a",
        () => Promise.resolve("a2"),
        () => [],
      ),
    ).toBe("a");
    expect(
      await cache.get(
        "b",
        () => Promise.resolve("b2"),
        () => [],
      ),
    ).toBe("b2");
    expect(cache.stats().entries).toBe(2);
  });
});
