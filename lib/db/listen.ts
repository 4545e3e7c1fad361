import pg from "pg";

// A PostgreSQL LISTEN subscription that survives database restarts: one dedicated connection (LISTEN cannot go
// through a pool), reconnected with backoff, and checked with a ping so a silently dead socket is noticed.
// Notifications sent while disconnected are lost; `onConnect` runs after every (re)connect so callers can
// resynchronise (e.g. drop caches that may have missed a change).

export interface ListenHandlers {
  onNotification(payload: string): void;
  onConnect?(): void;
  onDisconnect?(error: unknown): void;
}

export interface ListenOptions {
  /** Longest wait between reconnection attempts. */
  maxRetryMs?: number;
  /** How often the connection is pinged; a ping that fails or takes longer than this reconnects. */
  pingMs?: number;
}

export interface Subscription {
  readonly connected: boolean;
  close(): Promise<void>;
}

const CHANNEL = /^[a-z_][a-z0-9_]*$/;

export function listen(
  connectionString: string,
  channel: string,
  handlers: ListenHandlers,
  options: ListenOptions = {},
): Subscription {
  if (!CHANNEL.test(channel)) throw new Error(`Invalid channel name: ${channel}`);
  const maxRetryMs = options.maxRetryMs ?? 5_000;
  const pingMs = options.pingMs ?? 15_000;

  let client: pg.Client | null = null;
  let connected = false;
  let closed = false;
  let retryMs = 100;
  let retryTimer: NodeJS.Timeout | undefined;
  let pingTimer: NodeJS.Timeout | undefined;

  const drop = (error: unknown) => {
    const dead = client;
    client = null;
    clearInterval(pingTimer);
    if (dead) {
      dead.removeAllListeners();
      dead.on("error", () => undefined);
      void dead.end().catch(() => undefined);
    }
    if (connected) {
      connected = false;
      handlers.onDisconnect?.(error);
    }
    if (!closed) {
      clearTimeout(retryTimer);
      retryTimer = setTimeout(() => void connect(), retryMs);
      retryTimer.unref();
      retryMs = Math.min(retryMs * 2, maxRetryMs);
    }
  };

  const connect = async () => {
    if (closed || client) return;
    const next = new pg.Client({
      connectionString,
      keepAlive: true,
      connectionTimeoutMillis: 3_000,
      // Named, so an operator (and the tests) can tell these connections apart in pg_stat_activity.
      application_name: `shop listen ${channel}`,
    });
    client = next;
    next.on("error", drop);
    next.on("end", () => {
      if (client === next) drop(new Error("connection ended"));
    });
    next.on("notification", (message) => {
      if (message.channel === channel) handlers.onNotification(message.payload ?? "");
    });
    try {
      await next.connect();
      await next.query(`LISTEN ${channel}`);
    } catch (error) {
      if (client === next) drop(error);
      return;
    }
    if (closed || client !== next) return;
    connected = true;
    retryMs = 100;
    handlers.onConnect?.();
    pingTimer = setInterval(() => {
      const timeout = setTimeout(() => {
        if (client === next) drop(new Error("ping timed out"));
      }, pingMs);
      next.query("SELECT 1").then(
        () => clearTimeout(timeout),
        (error: unknown) => {
          clearTimeout(timeout);
          if (client === next) drop(error);
        },
      );
    }, pingMs);
    pingTimer.unref();
  };

  void connect();

  return {
    get connected() {
      return connected;
    },
    async close() {
      closed = true;
      clearTimeout(retryTimer);
      clearInterval(pingTimer);
      const open = client;
      client = null;
      connected = false;
      if (open) {
        open.removeAllListeners();
        open.on("error", () => undefined);
        await open.end().catch(() => undefined);
      }
    },
  };
}
