import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";

// The routes under app/ with a dynamic segment, read from the filesystem, so that a test iterating them covers a
// route added tomorrow without anyone remembering to list it.

export interface DynamicRoute {
  /** The folder under app/, for test names (`app/(shop)/products/[slug]`). */
  folder: string;
  /** URL path segments: plain text, or a dynamic segment's name in brackets (`[slug]`, `[...path]`). */
  segments: string[];
  /** A page or a route handler. */
  kind: "page" | "route";
  /** The methods the route handler exports (GET for a page). */
  methods: string[];
}

const METHOD_EXPORT = /export\s+(?:async\s+)?(?:const|function)\s+(GET|HEAD|POST|PUT|PATCH|DELETE)\b/g;

const isDynamic = (segment: string) => segment.startsWith("[") && segment.endsWith("]");

/** Every page.tsx and route.ts below `appDir` whose address has at least one dynamic segment. */
export function dynamicRoutes(appDir = path.join(process.cwd(), "app")): DynamicRoute[] {
  const routes: DynamicRoute[] = [];
  const walk = (dir: string, segments: string[]) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) {
        // Private folders (`_components`) and parallel slots (`@modal`) are not addresses; groups add no segment.
        if (entry.name.startsWith("_") || entry.name.startsWith("@")) continue;
        const group = entry.name.startsWith("(") && entry.name.endsWith(")");
        walk(full, group ? segments : [...segments, entry.name]);
        continue;
      }
      if (!segments.some(isDynamic)) continue;
      const folder = path.relative(process.cwd(), dir);
      if (/^page\.(tsx|ts|jsx|js)$/.test(entry.name)) routes.push({ folder, segments, kind: "page", methods: ["GET"] });
      if (/^route\.(ts|js)$/.test(entry.name)) {
        const methods = [...readFileSync(full, "utf8").matchAll(METHOD_EXPORT)].map((m) => m[1] ?? "");
        routes.push({ folder, segments, kind: "route", methods });
      }
    }
  };
  walk(appDir, []);
  return routes.sort((a, b) => a.folder.localeCompare(b.folder));
}

/** The route's address with every dynamic segment filled in: `hostile` at `at`, a harmless value elsewhere. */
export function routeAddress(route: DynamicRoute, at: number, hostile: string): string {
  let dynamicIndex = -1;
  return `/${route.segments
    .map((segment) => {
      if (!isDynamic(segment)) return segment;
      dynamicIndex += 1;
      return dynamicIndex === at ? hostile : "x";
    })
    .join("/")}`;
}

/** How many dynamic segments the route's address has. */
export function dynamicSegmentCount(route: DynamicRoute): number {
  return route.segments.filter(isDynamic).length;
}
