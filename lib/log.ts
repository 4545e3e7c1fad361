import { currentRequestId } from "@/lib/request-id";

// Structured JSON lines on stdout; one object per event so log collectors need no parsing rules. A line written
// while a request is handled carries that request's id (the one in its x-request-id response header).
const levels = { debug: 10, info: 20, warn: 30, error: 40, silent: 100 } as const;
type Level = Exclude<keyof typeof levels, "silent">;
export const LOG_LEVELS = Object.keys(levels) as [keyof typeof levels, ...(keyof typeof levels)[]];

// Read here rather than from lib/env so that the cluster primary, which only logs, loads no validation library;
// lib/env refuses an unknown LOG_LEVEL wherever the shop itself runs.
const configured = process.env.LOG_LEVEL;
const threshold =
  levels[configured && Object.hasOwn(levels, configured) ? (configured as keyof typeof levels) : "info"];

function write(level: Level, message: string, fields: Record<string, unknown>): void {
  if (levels[level] < threshold) return;
  const requestId = currentRequestId();
  const line = JSON.stringify({
    time: new Date().toISOString(),
    level,
    message,
    ...(requestId ? { requestId } : {}),
    ...fields,
  });
  if (level === "error" || level === "warn") process.stderr.write(`${line}\n`);
  else process.stdout.write(`${line}\n`);
}

export const log = {
  debug: (message: string, fields: Record<string, unknown> = {}) => write("debug", message, fields),
  info: (message: string, fields: Record<string, unknown> = {}) => write("info", message, fields),
  warn: (message: string, fields: Record<string, unknown> = {}) => write("warn", message, fields),
  error: (message: string, fields: Record<string, unknown> = {}) => write("error", message, fields),
};

export function describeError(error: unknown): Record<string, unknown> {
  if (error instanceof Error) return { error: { name: error.name, message: error.message, stack: error.stack } };
  return { error: String(error) };
}
