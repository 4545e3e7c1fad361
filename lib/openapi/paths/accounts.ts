import { z } from "zod";
import { safeString } from "@/lib/validation";
import { loginSchema, registerSchema } from "@/lib/accounts/schemas";
import type { ApiOperation } from "../registry";

export const accountOperations: ApiOperation[] = [
  {
    method: "post",
    path: "/api/account",
    tag: "Accounts",
    summary: "Registers a customer account",
    description:
      "The answer is the same whether or not the address already has an account; an e-mail tells the owner what happened. Rate-limited per address and per e-mail.",
    body: registerSchema,
    example: { name: "Ada Shopper", email: "ada@example.com", password: "a long, unusual passphrase" },
    success: { status: 202, description: "Accepted.", schema: z.object({ message: safeString() }) },
    errors: ["rate_limited"],
  },
  {
    method: "get",
    path: "/api/account/export",
    tag: "Accounts",
    summary: "Downloads everything the shop holds about the signed-in customer",
    audience: "customer",
    success: {
      status: 200,
      description: "A JSON file: one key per kind of data (profile, addresses, orders…).",
      schema: z.record(safeString(), z.unknown()),
    },
  },
  {
    method: "post",
    path: "/api/session",
    tag: "Accounts",
    summary: "Logs in",
    description:
      "Sets the session cookie. A guest cart (cookie `cart`) is merged into the account's. Throttled per account and per client address; a wrong e-mail and a wrong password get the same answer.",
    body: loginSchema,
    example: { email: "ada@example.com", password: "a long, unusual passphrase" },
    success: { status: 200, description: "Logged in.", schema: z.object({ userId: z.uuid() }) },
    errors: ["unauthenticated", "rate_limited"],
  },
  {
    method: "delete",
    path: "/api/session",
    tag: "Accounts",
    summary: "Logs out everywhere",
    description: "Ends every session of the account, on all devices.",
    audience: "customer",
    success: { status: 204, description: "Logged out." },
  },
];
