import { describe, expect, it } from "vitest";
import { z } from "zod";
import { runFormAction } from "@/lib/http/run-form-action";
import { safeString } from "@/lib/validation";

// A server action's arguments are whatever its caller sent; a script can call one with no form at all.
describe("runFormAction", () => {
  const schema = z.object({ email: safeString().min(1) });

  it.each<[string, unknown]>([
    ["no argument", undefined],
    ["null", null],
    ["a string", "email=a@example.com"],
    ["a plain object", { email: "a@example.com" }],
  ])("refuses %s as input, without running the action", async (_label, argument) => {
    let ran = false;
    const state = await runFormAction(schema, argument as FormData, async () => {
      ran = true;
      await Promise.resolve();
    });
    expect(state.status).toBe("error");
    expect(state.message).toMatch(/could not be read/);
    expect(ran).toBe(false);
  });

  it("runs the action for a form", async () => {
    const form = new FormData();
    form.set("email", "a@example.com");
    const state = await runFormAction(schema, form, async () => {
      await Promise.resolve();
    });
    expect(state.status).toBe("success");
  });
});
