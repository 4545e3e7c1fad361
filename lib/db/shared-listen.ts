import { type ListenHandlers, type Subscription, listen } from "./listen";

// One LISTEN connection per process and channel, however many caches follow it: the catalog cache (inside the
// Next.js bundles) and the page cache (in the shop's own server) both hear `catalog_changed` through the one
// connection here. The registry sits on globalThis under a registered symbol because those two are separate module
// graphs in one process. The connection opens with the first subscriber and closes with the last, or at shutdown.

interface Shared {
  subscription: Subscription;
  subscribers: Set<ListenHandlers>;
}

const REGISTRY_KEY = Symbol.for("shop.sharedListen");
const PING_MS = 5_000;

function registry(): Map<string, Shared> {
  const holder = globalThis as { [REGISTRY_KEY]?: Map<string, Shared> };
  holder[REGISTRY_KEY] ??= new Map();
  return holder[REGISTRY_KEY];
}

function open(connectionString: string, channel: string): Shared {
  const subscribers = new Set<ListenHandlers>();
  const subscription = listen(
    connectionString,
    channel,
    {
      onNotification: (payload) => subscribers.forEach((s) => s.onNotification(payload)),
      onConnect: () => subscribers.forEach((s) => s.onConnect?.()),
      onDisconnect: (error) => subscribers.forEach((s) => s.onDisconnect?.(error)),
    },
    { pingMs: PING_MS },
  );
  return { subscription, subscribers };
}

/** Follows a channel on the process's shared connection; `close()` leaves it (the last one out closes it). */
export function sharedListen(connectionString: string, channel: string, handlers: ListenHandlers): Subscription {
  const key = `${channel} ${connectionString}`;
  const shared = registry().get(key) ?? open(connectionString, channel);
  registry().set(key, shared);
  // A wrapper per call, so the same handlers subscribed twice leave independently.
  const own: ListenHandlers = {
    onNotification: (payload) => handlers.onNotification(payload),
    onConnect: () => handlers.onConnect?.(),
    onDisconnect: (error) => handlers.onDisconnect?.(error),
  };
  shared.subscribers.add(own);
  let left = false;
  return {
    get connected() {
      return !left && shared.subscription.connected;
    },
    async close() {
      if (left) return;
      left = true;
      shared.subscribers.delete(own);
      if (shared.subscribers.size > 0 || registry().get(key) !== shared) return;
      registry().delete(key);
      await shared.subscription.close();
    },
  };
}

/** Closes every shared LISTEN connection of this process (graceful shutdown). */
export async function closeSharedListeners(): Promise<void> {
  const all = [...registry().values()];
  registry().clear();
  await Promise.all(all.map((shared) => shared.subscription.close()));
}

/** How many LISTEN connections this process holds (tests). */
export const sharedListenerCount = () => registry().size;
