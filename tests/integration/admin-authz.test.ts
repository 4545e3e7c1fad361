import { randomUUID } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it, vi } from "vitest";
import type { CurrentUser } from "@/lib/accounts/types";
import { refusalOf } from "../support/admin-people";
import { idleForm } from "@/lib/http/form-state";

// Enumerates every admin page, route handler and server action from the file system, so a new one that forgets
// its guard fails here without anyone adding it to a list. The real guards run; only who is logged in is chosen.
const session = vi.hoisted(() => ({ user: null as CurrentUser | null }));
vi.mock("@/lib/auth/current-user", () => ({ getCurrentUser: () => Promise.resolve(session.user) }));

const root = path.resolve(import.meta.dirname, "../..");
const customer: CurrentUser = { id: randomUUID(), email: "c@example.com", name: "C", role: "CUSTOMER" };
const staff: CurrentUser = { id: randomUUID(), email: "s@example.com", name: "S", role: "STAFF" };

function filesUnder(dir: string, name: (file: string) => boolean): string[] {
  return readdirSync(path.join(root, dir), { recursive: true, encoding: "utf8" })
    .filter((file) => name(path.basename(file)))
    .map((file) => path.join(dir, file))
    .sort();
}

/** "app/admin/orders/[id]/page.tsx" → { id: <uuid> }, so the page gets well-formed params. */
function paramsFor(file: string): Record<string, string> {
  const params: Record<string, string> = {};
  for (const match of file.matchAll(/\[(?:\.\.\.)?(\w+)\]/g)) if (match[1]) params[match[1]] = randomUUID();
  return params;
}

const pages = filesUnder("app/admin", (f) => f === "page.tsx");
const routes = [
  ...filesUnder("app/admin", (f) => f === "route.ts"),
  ...filesUnder("app/api/admin", (f) => f === "route.ts"),
];
const actionFiles = filesUnder("app/admin", (f) => f.endsWith(".ts") || f.endsWith(".tsx")).filter((file) =>
  /^\s*["']use server["']/.test(readFileSync(path.join(root, file), "utf8")),
);
const adminOnlyPage = (file: string) => file.startsWith("app/admin/staff/");

interface NextSignal {
  digest?: string;
}

async function pageOutcome(file: string): Promise<string> {
  const mod = (await import(path.join(root, file))) as {
    default: (props: { params: Promise<object>; searchParams: Promise<object> }) => Promise<unknown>;
  };
  try {
    await mod.default({ params: Promise.resolve(paramsFor(file)), searchParams: Promise.resolve({}) });
    return "rendered";
  } catch (error) {
    const digest = (error as NextSignal).digest ?? "";
    if (digest.startsWith("NEXT_REDIRECT") && digest.includes("/login?next=")) return "login";
    if (digest === "NEXT_HTTP_ERROR_FALLBACK;404") return "not-found";
    throw error;
  }
}

const METHODS = ["GET", "POST", "PUT", "PATCH", "DELETE"] as const;
type Route = (request: Request, context: { params: Promise<Record<string, string>> }) => Promise<Response>;

async function routeStatuses(file: string, headers: Record<string, string> = {}): Promise<number[]> {
  const mod = (await import(path.join(root, file))) as Partial<Record<(typeof METHODS)[number], Route>>;
  const statuses: number[] = [];
  for (const method of METHODS) {
    const fn = mod[method];
    if (!fn) continue;
    const body = method === "GET" || method === "DELETE" ? undefined : "{}";
    const request = new Request(`http://localhost:3000/${file}`, {
      method,
      headers: { "content-type": "application/json", ...headers },
      body,
    });
    statuses.push((await fn(request, { params: Promise.resolve(paramsFor(file)) })).status);
  }
  return statuses;
}

async function actionRefusals(file: string): Promise<string[]> {
  const mod = (await import(path.join(root, file))) as Record<string, unknown>;
  const codes: string[] = [];
  for (const [name, fn] of Object.entries(mod)) {
    if (typeof fn !== "function") continue;
    const form = new FormData();
    form.set("id", randomUUID());
    try {
      await (fn as (state: unknown, form: FormData) => Promise<unknown>)(idleForm, form);
      codes.push(`${name}: allowed`);
    } catch (error) {
      codes.push(`${name}: ${refusalOf(error)}`);
    }
  }
  return codes;
}

describe("admin authorisation, enumerated", () => {
  it("finds the admin area's pages, route handlers and actions", () => {
    expect(pages.length).toBeGreaterThan(0);
    expect(routes.length).toBeGreaterThan(0);
  });

  describe.each(pages)("page %s", (file) => {
    it("sends an anonymous visitor to the login page", async () => {
      session.user = null;
      expect(await pageOutcome(file)).toBe("login");
    });
    it("shows a customer 404", async () => {
      session.user = customer;
      expect(await pageOutcome(file)).toBe("not-found");
    });
    if (adminOnlyPage(file)) {
      it("shows staff who are not administrators 404", async () => {
        session.user = staff;
        expect(await pageOutcome(file)).toBe("not-found");
      });
    }
  });

  describe.each(routes)("route handler %s", (file) => {
    it("answers 401 to an anonymous caller and to a bogus token, 403 to a customer", async () => {
      session.user = null;
      const anonymous = await routeStatuses(file);
      expect(anonymous.length).toBeGreaterThan(0);
      expect(new Set(anonymous)).toEqual(new Set([401]));
      expect(new Set(await routeStatuses(file, { authorization: `Bearer shop_${"x".repeat(43)}` }))).toEqual(
        new Set([401]),
      );
      session.user = customer;
      expect(new Set(await routeStatuses(file))).toEqual(new Set([403]));
    });
  });

  if (actionFiles.length > 0) {
    describe.each(actionFiles)("server actions in %s", (file) => {
      it("refuse an anonymous visitor and a customer before doing anything", async () => {
        session.user = null;
        const anonymous = await actionRefusals(file);
        expect(anonymous.length).toBeGreaterThan(0);
        for (const outcome of anonymous) expect(outcome).toMatch(/: unauthenticated$/);
        session.user = customer;
        for (const outcome of await actionRefusals(file)) expect(outcome).toMatch(/: forbidden$/);
      });
    });
  }
});
