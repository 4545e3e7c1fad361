import { afterEach, describe, expect, it, vi } from "vitest";
import { log } from "@/lib/log";
import { currentRequestId, requestIdFrom } from "@/lib/request-id";
import { withRequestId } from "@/lib/runtime/request-context";

function captureStdout(): { lines: () => Record<string, unknown>[] } {
  const written: string[] = [];
  vi.spyOn(process.stdout, "write").mockImplementation((chunk: string | Uint8Array) => {
    written.push(String(chunk));
    return true;
  });
  return { lines: () => written.map((line) => JSON.parse(line) as Record<string, unknown>) };
}

afterEach(() => vi.restoreAllMocks());

describe("request ids in log lines", () => {
  it("adds the id of the request being handled, across awaits, and none outside a request", async () => {
    const out = captureStdout();
    log.info("before");
    await withRequestId("req-0001-abcd", async () => {
      log.info("first");
      await new Promise((r) => setTimeout(r, 5));
      await Promise.resolve().then(() => log.info("second", { extra: 1 }));
    });
    await Promise.all([
      withRequestId("req-aaaa-0001", async () => {
        await new Promise((r) => setTimeout(r, 10));
        log.info("a");
      }),
      withRequestId("req-bbbb-0002", () => Promise.resolve(log.info("b"))),
    ]);
    log.info("after");
    expect(out.lines().map((l) => [l.message, l.requestId])).toEqual([
      ["before", undefined],
      ["first", "req-0001-abcd"],
      ["second", "req-0001-abcd"],
      ["b", "req-bbbb-0002"],
      ["a", "req-aaaa-0001"],
      ["after", undefined],
    ]);
    expect(currentRequestId()).toBeUndefined();
  });

  it.each([
    ["a valid id", "lb-trace-12345678", "lb-trace-12345678"],
    ["too short", "abc", null],
    ["with spaces or tabs", "bad id\twith tab", null],
    ["too long", "x".repeat(65), null],
    ["missing", undefined, null],
  ])("keeps or replaces a given id: %s", (_name, given, kept) => {
    const id = requestIdFrom(given);
    if (kept) expect(id).toBe(kept);
    else expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });
});
