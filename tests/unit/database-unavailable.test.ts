import { describe, expect, it } from "vitest";
import { isDatabaseUnavailable } from "@/lib/http/error-response";

// The shapes these errors really take (seen while restarting PostgreSQL under load in tests/faults).
const prismaRaw57P01 = Object.assign(
  new Error(
    "\nInvalid `prisma.$queryRaw()` invocation:\n\n\nRaw query failed. Code: `57P01`. Message: `terminating connection due to administrator command`",
  ),
  { name: "PrismaClientKnownRequestError", code: "P2010", meta: { code: "57P01", message: "terminating connection" } },
);
const adapterError = Object.assign(new Error("DriverAdapterError"), {
  cause: { kind: "postgres", originalCode: "57P03", originalMessage: "the database system is starting up" },
});
// A raw query whose connection the server closed mid-restart: no SQLSTATE, only the adapter's kind.
const prismaRawClosed = Object.assign(
  new Error(
    "\nInvalid `prisma.$queryRaw()` invocation:\n\n\nRaw query failed. Code: `N/A`. Message: `Server has closed the connection.`",
  ),
  {
    name: "PrismaClientKnownRequestError",
    code: "P2010",
    meta: { driverAdapterError: { cause: { kind: "ConnectionClosed" } } },
  },
);

describe("isDatabaseUnavailable", () => {
  it.each([
    ["connection refused", Object.assign(new Error("connect ECONNREFUSED 127.0.0.1:5432"), { code: "ECONNREFUSED" })],
    ["a raw query cut off by a shutdown (Prisma P2010, SQLSTATE in meta)", prismaRaw57P01],
    ["a driver adapter error with SQLSTATE 57P03", adapterError],
    ["a raw query on a connection the server closed", prismaRawClosed],
    ["the adapter's closed-connection kind alone", { cause: { kind: "ConnectionClosed" } }],
    ["a connection exception (08006)", { code: "08006", message: "connection failure" }],
    ["pg's broken client", new Error("Client has encountered a connection error and is not queryable")],
    ["a terminated connection", new Error("Connection terminated unexpectedly")],
    ["a pool timeout", new Error("timeout exceeded when trying to connect")],
  ])("recognises %s", (_name, error) => {
    expect(isDatabaseUnavailable(error)).toBe(true);
  });

  it.each([
    ["a unique violation", { code: "P2002", meta: { target: ["email"] } }],
    ["a syntax error", { code: "P2010", meta: { code: "42601", message: "syntax error" } }],
    ["a plain bug", new TypeError("x is undefined")],
    ["a string", "ECONNREFUSED"],
  ])("does not mistake %s for an outage", (_name, error) => {
    expect(isDatabaseUnavailable(error)).toBe(false);
  });
});
