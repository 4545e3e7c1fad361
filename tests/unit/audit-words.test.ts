import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { isAuditActionKey, isAuditEntityKey } from "@/app/admin/audit/audit-words";
import { sourceFiles } from "@/tests/support/catalog-usage";

// The audit log shows each stored action and entity code as words from the catalog: every code the shop's code
// records has them, and a code without words (an older row, say) is recognised as such.

const source = sourceFiles(process.cwd())
  .filter((file) => file.startsWith(path.join(process.cwd(), "lib")))
  .map((file) => readFileSync(file, "utf8"))
  .join("\n");
/** The codes written after `field:` up to the next comma, so both branches of `to === … ? "a.b" : "a.c"` count. */
const recorded = (field: string, code: RegExp) =>
  [
    ...new Set(
      [...source.matchAll(new RegExp(`\\b${field}:([^,]*)`, "g"))].flatMap((m) =>
        [...(m[1] ?? "").matchAll(code)].map((c) => c[1] ?? ""),
      ),
    ),
  ].sort();

describe("audit log words", () => {
  const actions = recorded("action", /"([a-z_]+\.[a-z_]+)"/g);
  const entities = recorded("entityType", /"([a-z_]+)"/g);

  it("finds the codes the shop records", () => {
    expect(actions).toEqual(expect.arrayContaining(["return.approve", "user.change_role", "api.request"]));
    expect(entities).toEqual(expect.arrayContaining(["return", "discount_code", "user"]));
  });

  it("has words for every recorded action and entity type", () => {
    expect(actions.filter((code) => !isAuditActionKey(code))).toEqual([]);
    expect(entities.filter((type) => !isAuditEntityKey(type))).toEqual([]);
  });

  it("does not take other text for a code", () => {
    for (const code of ["return", "return.approve.extra", "return.unknown", "unknown.create", "toString.call", ""])
      expect(isAuditActionKey(code)).toBe(false);
    for (const type of ["unknown", "toString", "__proto__", ""]) expect(isAuditEntityKey(type)).toBe(false);
  });
});
