import { type IncomingMessage, type Server, type ServerResponse, createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { toAppError } from "@/lib/http/error-response";
import { routeConsoleToLog } from "@/lib/runtime/console-log";
import { answerOutages } from "@/lib/runtime/outage-response";
import { withRequestId } from "@/lib/runtime/request-context";

// The shop's server turns a database outage met by a page or a server action into 503 with Retry-After, as the API
// answers it. Here a real HTTP server stands in for Next.js writing its responses the way it does (status, then
// the body in pieces), with the outage reported through the one error mapper or through console.error.

const outage = () => Object.assign(new Error("connect ECONNREFUSED 127.0.0.1:5432"), { code: "ECONNREFUSED" });

type Scenario = (req: IncomingMessage, res: ServerResponse) => void;
const scenarios: Record<string, Scenario> = {
  // A page whose render fails: Next.js sets 500 and streams its error page; the failure is reported mid-way.
  "/page": (_req, res) => {
    res.statusCode = 500;
    res.setHeader("content-type", "text/html; charset=utf-8");
    res.setHeader("set-cookie", "x=1");
    res.write("<html><body>Something went wrong");
    toAppError(outage());
    toAppError(outage());
    res.end("</body></html>");
  },
  // A server action called by the page's script: its RSC payload with the form state is kept.
  "/action": (_req, res) => {
    toAppError(outage());
    res.statusCode = 200;
    res.setHeader("content-type", "text/x-component");
    res.end('0:{"status":"error","values":{"email":"a@example.com"}}');
  },
  // Next.js prints the failure of a render itself.
  "/logged": (_req, res) => {
    console.error(outage());
    res.writeHead(500, { "content-type": "text/html" });
    res.end("<html>error</html>");
  },
  // A bug is still a 500, untouched.
  "/bug": (_req, res) => {
    res.writeHead(500, { "content-type": "text/html" });
    res.end("<html>bug page</html>");
  },
  "/ok": (_req, res) => {
    res.setHeader("content-type", "text/html");
    res.end("<html>fine</html>");
  },
};

let server: Server;
let base = "";
const stderr: string[] = [];
const originalConsole = { error: console.error, warn: console.warn };

beforeAll(async () => {
  routeConsoleToLog();
  server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => {
      const id = String(req.headers["x-request-id"] ?? "test-request-0000");
      withRequestId(id, () => {
        answerOutages(req, res, req.url ?? "/", chunks.length ? Buffer.concat(chunks) : undefined);
        const path = new URL(req.url ?? "/", "http://x").pathname;
        (scenarios[path] ?? scenarios["/page"])?.(req, res);
      });
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  console.error = originalConsole.error;
  console.warn = originalConsole.warn;
  await new Promise((r) => server.close(r));
});
afterEach(() => vi.restoreAllMocks());

function captureStderr() {
  stderr.length = 0;
  vi.spyOn(process.stderr, "write").mockImplementation((chunk: string | Uint8Array) => {
    stderr.push(String(chunk));
    return true;
  });
  return () => stderr.map((l) => JSON.parse(l) as { level: string; message: string; requestId?: string });
}

describe("a database outage met by a page or a server action", () => {
  it.each([
    ["a page whose render failed", "/page", 503, "text/html", /Please try again in a moment/],
    ["Next.js logging the failure itself", "/logged", 503, "text/html", /Please try again in a moment/],
    ["a server action's RSC payload, kept", "/action", 503, "text/x-component", /"email":"a@example.com"/],
    ["a bug, left a 500", "/bug", 500, "text/html", /bug page/],
    ["a page that worked", "/ok", 200, "text/html", /fine/],
  ])("%s → %i", async (_name, path, status, type, body) => {
    const lines = captureStderr();
    const res = await fetch(`${base}${path}?q=1`, { headers: { "x-request-id": `req-${path.slice(1)}-0001` } });
    const text = await res.text();
    expect(res.status).toBe(status);
    expect(res.headers.get("content-type")).toContain(type);
    expect(text).toMatch(body);
    if (status === 503) {
      expect(res.headers.get("retry-after")).toBe("5");
      expect(res.headers.get("cache-control")).toBe("no-store");
      // One JSON line for the request, however many queries failed.
      expect(lines().filter((l) => l.message === "database unavailable")).toEqual([
        expect.objectContaining({ level: "warn", requestId: `req-${path.slice(1)}-0001` }),
      ]);
    } else {
      expect(res.headers.get("retry-after")).toBeNull();
    }
  });

  it("serves a page of its own: no cookie of the failed render, a link to try the same address again", async () => {
    captureStderr();
    const res = await fetch(`${base}/page?size=m&colour=red`);
    const text = await res.text();
    expect(res.headers.get("set-cookie")).toBeNull();
    expect(res.headers.get("content-security-policy")).toContain("form-action 'self'");
    expect(res.headers.get("x-content-type-options")).toBe("nosniff");
    expect(text).not.toContain("Something went wrong");
    expect(text).toContain('<html lang="en">');
    expect(text).toContain('<a href="/page?size=m&#38;colour=red">Try again</a>');
  });

  it.each([
    ["urlencoded", "application/x-www-form-urlencoded"],
    ["multipart", "multipart/form-data"],
  ])("keeps what a %s form posted, ready to send again, but never a password", async (_name, enctype) => {
    captureStderr();
    const fields = {
      $ACTION_ID_abc123: "",
      email: "shopper@example.com",
      name: 'Ann "<O\'Neil>"',
      password: "correct horse battery",
    };
    const body =
      enctype === "multipart/form-data"
        ? Object.entries(fields).reduce((f, [k, v]) => (f.append(k, v), f), new FormData())
        : new URLSearchParams(fields);
    const res = await fetch(`${base}/login`, { method: "POST", body });
    const text = await res.text();
    expect(res.status).toBe(503);
    expect(text).toContain(`<form method="post" action="/login" enctype="${enctype}">`);
    expect(text).toContain('<input type="hidden" name="$ACTION_ID_abc123" value="">');
    expect(text).toContain('<input type="hidden" name="email" value="shopper@example.com">');
    expect(text).toContain('value="Ann &#34;&#60;O&#39;Neil&#62;&#34;"');
    expect(text).toMatch(/<label for="outage-secret-1">Password \(please enter it again\)<\/label>/);
    expect(text).toContain('<input id="outage-secret-1" type="password" name="password"');
    expect(text).not.toContain("correct horse");
  });

  it("logs other console errors as JSON lines, not bare stacks", () => {
    const lines = captureStderr();
    console.error(" ⨯", new TypeError("x is undefined"));
    console.warn("deprecated thing");
    expect(lines()).toEqual([
      expect.objectContaining({
        level: "error",
        message: "unhandled error",
        error: expect.objectContaining({ name: "TypeError" }) as unknown,
      }),
      expect.objectContaining({ level: "warn", message: "deprecated thing" }),
    ]);
  });
});
