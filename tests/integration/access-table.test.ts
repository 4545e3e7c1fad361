import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { entryPoints, routeFiles, serverActionFiles } from "../support/entry-points";

// Every route handler and server action with the access it declares, against the committed table
// (access-table.txt): a new entry point, or a change of who may call one, shows up in review as a change of that file.
// To update it after a deliberate change: UPDATE_ACCESS_TABLE=1 npx vitest run --project integration <this file>.

const tableFile = path.join(import.meta.dirname, "access-table.txt");

describe("declared access of every route handler and server action", () => {
  it("finds the entry points on the file system", () => {
    expect(routeFiles().length).toBeGreaterThan(50);
    expect(serverActionFiles().length).toBeGreaterThan(20);
  });

  it("every one declares its access, and the table of them is the committed one", async () => {
    const found = await entryPoints();
    expect(found.filter((entry) => entry.access === null).map((entry) => entry.name)).toEqual([]);
    const table = found.map((entry) => `${entry.name}  ${entry.access ?? "NONE"}\n`).join("");
    if (process.env.UPDATE_ACCESS_TABLE === "1") {
      const { writeFileSync } = await import("node:fs");
      writeFileSync(tableFile, table);
    }
    expect(table).toBe(readFileSync(tableFile, "utf8"));
  }, 120_000);
});
