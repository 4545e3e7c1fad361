import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, inject, it, vi } from "vitest";
import { renderToStaticMarkup } from "react-dom/server";
import { WRONG_CREDENTIALS, logIn } from "@/lib/accounts/log-in";
import { hashPassword } from "@/lib/accounts/password";
import type { CurrentUser } from "@/lib/accounts/types";
import { userForSession } from "@/lib/accounts/user-for-session";
import type { StaffActor } from "@/lib/admin/staff-actor";
import { loginLimits } from "@/lib/accounts/rate-limits";
import { createDb } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { changeUserRole } from "@/lib/staff/change-user-role";
import { createStaffAccount } from "@/lib/staff/create-staff-account";
import { listStaff } from "@/lib/staff/list-staff";
import { createStaffSchema } from "@/lib/staff/schemas";
import { setUserDisabled } from "@/lib/staff/set-user-disabled";
import { fieldErrorsFromZod } from "@/lib/validation";
import { changeRoleAction, createStaffAction, setDisabledAction } from "@/app/admin/staff/actions";
import StaffPage from "@/app/admin/staff/page";
import { actorOf, auditRowsFor, createAccount, submit } from "../support/admin-people";
import { outcome } from "../support/outcome";

// Staff accounts and roles: only administrators, never against themselves, and never the last administrator.
const session = vi.hoisted(() => ({ user: null as CurrentUser | null }));
vi.mock("@/lib/auth/current-user", () => ({ getCurrentUser: () => Promise.resolve(session.user) }));

const db = createDb(inject("databaseUrl"), 6);
let admin: CurrentUser;
let staff: CurrentUser;
let customer: CurrentUser;
beforeAll(async () => {
  admin = await createAccount(db, { role: "ADMIN", name: "Ada Admin" });
  staff = await createAccount(db, { role: "STAFF" });
  customer = await createAccount(db, { role: "CUSTOMER" });
});
afterAll(() => db.$disconnect());

const password = "a staff password 42";
const origin = () => ({ clientAddress: `test-${randomUUID()}` });
const roomyLogin = {
  ...loginLimits,
  perAddress: 100,
  unknownDevicesPerAccount: 100,
  freeAttemptsPerAccountAndAddress: 100,
};

/**
 * Runs a test with every other active administrator disabled, so the ones the test creates are the only ones;
 * puts them back afterwards (the seeded administrator is used by other test files).
 */
async function withOnlyTheseAdmins(keep: string[], run: () => Promise<void>): Promise<void> {
  const others = await db.user.findMany({
    where: { role: "ADMIN", disabledAt: null, id: { notIn: keep } },
    select: { id: true },
  });
  const ids = others.map((o) => o.id);
  await db.user.updateMany({ where: { id: { in: ids } }, data: { disabledAt: new Date() } });
  try {
    await run();
  } finally {
    await db.user.updateMany({ where: { id: { in: ids } }, data: { disabledAt: null } });
  }
}

describe("createStaffAccount", () => {
  it("creates a staff account that can log in, audited without the password", async () => {
    const email = `new-staff-${randomUUID()}@example.com`;
    const input = createStaffSchema.parse({ name: "Sam Staff", email: email.toUpperCase(), password });
    const created = await createStaffAccount(db, actorOf(admin), input);
    const user = await db.user.findUniqueOrThrow({ where: { id: created.id } });
    expect(user).toMatchObject({ email, name: "Sam Staff", role: "STAFF", disabledAt: null });
    expect(user.passwordHash).toMatch(/^\$2b\$12\$/);
    const session = await logIn(db, { email, password }, origin(), roomyLogin);
    expect(session.userId).toBe(created.id);

    const [audit] = await auditRowsFor(db, created.id);
    expect(audit).toMatchObject({
      action: "user.create",
      entityType: "user",
      actorId: admin.id,
      before: null,
      after: { email, name: "Sam Staff", role: "STAFF", disabledAt: null },
    });
    expect(JSON.stringify(audit?.after)).not.toContain(password);
    expect(JSON.stringify(audit?.after)).not.toContain("$2b$");
    expect((await listStaff(db)).map((s) => s.id)).toContain(created.id);
    expect(await listStaff(db)).not.toContainEqual(
      expect.objectContaining({ passwordHash: expect.anything() as unknown }),
    );
  });

  it("refuses an e-mail that has an account, on the e-mail field", async () => {
    const input = createStaffSchema.parse({ name: "Dup", email: customer.email, password });
    await expect(createStaffAccount(db, actorOf(admin), input)).rejects.toMatchObject({
      code: "conflict",
      details: { fields: { email: expect.stringMatching(/already exists/) as string } },
    });
  });

  it.each([
    ["staff member", () => actorOf(staff)],
    ["administrator's read-only token", () => actorOf(admin, { scope: "READ", via: "token:t" })],
  ])("refuses a %s", async (_, actor) => {
    const input = createStaffSchema.parse({ name: "X", email: `x-${randomUUID()}@example.com`, password });
    expect(await outcome(createStaffAccount(db, actor(), input))).toBe("forbidden");
    expect(await db.user.count({ where: { email: input.email } })).toBe(0);
  });

  it.each([
    ["a bad e-mail", { email: "not-an-email" }, "email"],
    ["an e-mail with a line break", { email: "a@example.com\r\nBcc: b@example.com" }, "email"],
    ["a huge e-mail", { email: `${"a".repeat(300)}@example.com` }, "email"],
    ["a short password", { password: "short" }, "password"],
    ["a common password", { password: "password123" }, "password"],
    ["a password over 72 bytes", { password: "ž".repeat(40) }, "password"],
    ["a huge name", { name: "N".repeat(100_000) }, "name"],
    ["an empty name", { name: "  " }, "name"],
    ["a name with a line break", { name: "Eve\nAdmin" }, "name"],
    ["the customer role", { role: "CUSTOMER" }, "role"],
    ["an unknown role", { role: "ROOT" }, "role"],
  ])("refuses %s on the %s field", (_, overrides, field) => {
    const parsed = createStaffSchema.safeParse({ name: "Val", email: "val@example.com", password, ...overrides });
    expect(parsed.success).toBe(false);
    if (!parsed.success) expect(Object.keys(fieldErrorsFromZod(parsed.error))).toContain(field);
  });
});

describe("changeUserRole", () => {
  it("promotes and demotes, with the role before and after in the audit log", async () => {
    const target = await createAccount(db);
    await changeUserRole(db, actorOf(admin), { id: target.id, role: "STAFF" });
    await changeUserRole(db, actorOf(admin), { id: target.id, role: "STAFF" }); // unchanged: no row
    await changeUserRole(db, actorOf(admin), { id: target.id, role: "CUSTOMER" });
    expect((await db.user.findUniqueOrThrow({ where: { id: target.id } })).role).toBe("CUSTOMER");
    const audits = await auditRowsFor(db, target.id);
    expect(audits.map((a) => [a.action, a.before, a.after])).toEqual([
      ["user.change_role", { email: target.email, role: "CUSTOMER" }, { email: target.email, role: "STAFF" }],
      ["user.change_role", { email: target.email, role: "STAFF" }, { email: target.email, role: "CUSTOMER" }],
    ]);
  });

  it("a staff member cannot change anyone's role, their own included", async () => {
    expect(await outcome(changeUserRole(db, actorOf(staff), { id: staff.id, role: "ADMIN" }))).toBe("forbidden");
    expect(await outcome(changeUserRole(db, actorOf(staff), { id: customer.id, role: "STAFF" }))).toBe("forbidden");
    // A staff member presenting a forged role is still refused by the server action, which reads the session.
    session.user = staff;
    expect(await submit(changeRoleAction, { id: staff.id, role: "ADMIN" })).toEqual({ thrown: "forbidden" });
    expect((await db.user.findUniqueOrThrow({ where: { id: staff.id } })).role).toBe("STAFF");
  });

  it("an administrator cannot change their own role", async () => {
    expect(await outcome(changeUserRole(db, actorOf(admin), { id: admin.id, role: "STAFF" }))).toBe("forbidden");
    expect((await db.user.findUniqueOrThrow({ where: { id: admin.id } })).role).toBe("ADMIN");
  });

  it("refuses an unknown account", async () => {
    expect(await outcome(changeUserRole(db, actorOf(admin), { id: randomUUID(), role: "STAFF" }))).toBe("not_found");
  });

  it("never demotes the last active administrator", async () => {
    const first = await createAccount(db, { role: "ADMIN" });
    const second = await createAccount(db, { role: "ADMIN" });
    await withOnlyTheseAdmins([first.id, second.id], async () => {
      // Each tries to demote the other at the same moment: one wins, one administrator remains.
      const outcomes = await Promise.all([
        outcome(changeUserRole(db, actorOf(first), { id: second.id, role: "STAFF" })),
        outcome(changeUserRole(db, actorOf(second), { id: first.id, role: "STAFF" })),
      ]);
      expect(outcomes.sort()).toEqual(["conflict", "ok"]);
      const left = await db.user.findMany({ where: { id: { in: [first.id, second.id] }, role: "ADMIN" } });
      expect(left).toHaveLength(1);
      // The demoted one still holds an administrator's session from before: the survivor stays an administrator.
      const survivor = left[0];
      const demoted = survivor?.id === first.id ? second : first;
      if (!survivor) throw new Error("no administrator left");
      const refused = changeUserRole(db, actorOf(demoted), { id: survivor.id, role: "CUSTOMER" });
      await expect(refused).rejects.toThrow(/last active administrator/);
      expect((await db.user.findUniqueOrThrow({ where: { id: survivor.id } })).role).toBe("ADMIN");
    });
  });
});

describe("setUserDisabled", () => {
  it("disables (ending sessions) and enables, audited with disabledAt before and after", async () => {
    const target = await createAccount(db, {
      role: "STAFF",
      email: `disable-${randomUUID()}@example.com`,
      passwordHash: await hashPassword(password),
    });
    const { sessionVersion } = await db.user.findUniqueOrThrow({ where: { id: target.id } });
    expect(await userForSession(db, { userId: target.id, sessionVersion, secondFactor: false })).not.toBeNull();

    await setUserDisabled(db, actorOf(admin), { id: target.id, disabled: true });
    const disabled = await db.user.findUniqueOrThrow({ where: { id: target.id } });
    expect(disabled.disabledAt).toBeInstanceOf(Date);
    expect(disabled.sessionVersion).toBe(sessionVersion + 1);
    expect(await userForSession(db, { userId: target.id, sessionVersion, secondFactor: false })).toBeNull();

    // A disabled account hears exactly what a wrong password hears.
    const refused = await logIn(db, { email: target.email, password }, origin(), roomyLogin).catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(AppError);
    expect(refused).toMatchObject({ code: "unauthenticated", message: WRONG_CREDENTIALS });
    const wrong = await logIn(db, { email: target.email, password: "wrong password" }, origin(), roomyLogin).catch(
      (e: unknown) => e,
    );
    expect(wrong).toMatchObject({ code: "unauthenticated", message: WRONG_CREDENTIALS });

    await setUserDisabled(db, actorOf(admin), { id: target.id, disabled: true }); // unchanged: no row
    await setUserDisabled(db, actorOf(admin), { id: target.id, disabled: false });
    expect((await logIn(db, { email: target.email, password }, origin(), roomyLogin)).userId).toBe(target.id);

    const audits = await auditRowsFor(db, target.id);
    expect(audits.map((a) => [a.action, a.before, a.after])).toEqual([
      [
        "user.disable",
        { email: target.email, role: "STAFF", disabledAt: null },
        { email: target.email, role: "STAFF", disabledAt: disabled.disabledAt?.toISOString() },
      ],
      [
        "user.enable",
        { email: target.email, role: "STAFF", disabledAt: disabled.disabledAt?.toISOString() },
        { email: target.email, role: "STAFF", disabledAt: null },
      ],
    ]);
  });

  it("refuses self-disabling, staff members and unknown accounts", async () => {
    expect(await outcome(setUserDisabled(db, actorOf(admin), { id: admin.id, disabled: true }))).toBe("forbidden");
    expect(await outcome(setUserDisabled(db, actorOf(staff), { id: customer.id, disabled: true }))).toBe("forbidden");
    expect(await outcome(setUserDisabled(db, actorOf(admin), { id: randomUUID(), disabled: true }))).toBe("not_found");
    expect((await db.user.findUniqueOrThrow({ where: { id: customer.id } })).disabledAt).toBeNull();
  });

  it("never disables the last active administrator", async () => {
    const only = await createAccount(db, { role: "ADMIN" });
    const formerAdmin: StaffActor = actorOf({ ...staff, role: "ADMIN" });
    await withOnlyTheseAdmins([only.id], async () => {
      // An administrator demoted a moment ago may still act with their old session.
      const outcome = setUserDisabled(db, formerAdmin, { id: only.id, disabled: true });
      await expect(outcome).rejects.toMatchObject({ code: "conflict" });
      expect((await db.user.findUniqueOrThrow({ where: { id: only.id } })).disabledAt).toBeNull();
    });
  });
});

describe("staff actions and page", () => {
  it.each([
    ["anonymous", null, "unauthenticated"],
    ["customer", () => customer, "forbidden"],
    ["staff member", () => staff, "forbidden"],
  ])("refuse a %s before reading the form", async (_, who, code) => {
    session.user = who ? who() : null;
    const email = `nobody-${randomUUID()}@example.com`;
    expect(await submit(createStaffAction, { name: "N", email, password })).toEqual({ thrown: code });
    expect(await submit(changeRoleAction, { id: customer.id, role: "ADMIN" })).toEqual({ thrown: code });
    expect(await submit(setDisabledAction, { id: customer.id, disabled: "true" })).toEqual({ thrown: code });
    expect(await db.user.count({ where: { email } })).toBe(0);
    expect(await db.user.findUniqueOrThrow({ where: { id: customer.id } })).toMatchObject({
      role: "CUSTOMER",
      disabledAt: null,
    });
  });

  it.each([
    ["self-demotion", () => ({ id: admin.id, role: "STAFF" }), "own role"],
    ["an unknown account", () => ({ id: randomUUID(), role: "STAFF" }), "not found"],
    ["a malformed id", () => ({ id: "'; DROP TABLE users; --", role: "STAFF" }), "correct"],
    ["an unknown role", () => ({ id: customer.id, role: "OWNER" }), "correct"],
  ])("changing a role refuses %s", async (_, values, message) => {
    session.user = admin;
    expect(await submit(changeRoleAction, values())).toMatchObject({
      status: "error",
      message: expect.stringContaining(message) as string,
    });
    expect((await db.user.findUniqueOrThrow({ where: { id: admin.id } })).role).toBe("ADMIN");
  });

  it.each([
    ["self-disabling", () => ({ id: admin.id, disabled: "true" }), "your own account"],
    ["an unknown account", () => ({ id: randomUUID(), disabled: "true" }), "not found"],
    ["a bad value", () => ({ id: customer.id, disabled: "yes" }), "correct"],
  ])("disabling refuses %s", async (_, values, message) => {
    session.user = admin;
    expect(await submit(setDisabledAction, values())).toMatchObject({
      status: "error",
      message: expect.stringContaining(message) as string,
    });
  });

  it.each([
    ["a bad e-mail", { email: "nope" }, "email"],
    ["a weak password", { password: "12345" }, "password"],
    ["a taken e-mail", { email: "customer@example.com" }, "email"],
  ])("creating an account shows %s as a field error, and keeps no password", async (_, overrides, field) => {
    session.user = admin;
    const state = await submit(createStaffAction, {
      name: "Val",
      email: `val-${randomUUID()}@example.com`,
      password,
      role: "STAFF",
      ...overrides,
    });
    expect(state).toMatchObject({ status: "error", fields: { [field]: expect.any(String) as string } });
    expect(JSON.stringify(state)).not.toContain(password);
  });

  it("the page lists staff without password hashes and marks the viewer", async () => {
    session.user = admin;
    const html = renderToStaticMarkup(await StaffPage({ searchParams: Promise.resolve({ notice: "created" }) }));
    expect(html).toContain("<h1>Staff</h1>");
    expect(html).toContain(staff.email);
    expect(html).not.toContain(customer.email);
    expect(html).toContain("This is you");
    expect(html).toContain("The account has been created.");
    expect(html).not.toContain("$2b$");
  });
});
