import { z } from "zod";
import { safeString } from "@/lib/validation";
import { MAX_ADDRESSES } from "@/lib/accounts/addresses";
import { addressBodySchema, addressIdSchema, loginSchema, registerSchema } from "@/lib/accounts/schemas";
import { verifySignInBodySchema } from "@/lib/two-factor/schemas";
import type { ApiOperation } from "../registry";

const savedAddressSchema = z
  .object({
    id: z.uuid(),
    fullName: safeString(),
    line1: safeString(),
    line2: safeString(),
    city: safeString(),
    postalCode: safeString(),
    country: safeString().meta({ description: "ISO 3166-1 alpha-2, e.g. IE." }),
    phone: safeString(),
    companyName: safeString().meta({ description: "A business buyer's company; empty when none." }),
    companyRegistrationNumber: safeString(),
    companyVatId: safeString().meta({ description: "Normalised EU VAT ID, e.g. CZ12345678; empty when none." }),
  })
  .meta({ id: "SavedAddress" });

const addressExample = {
  fullName: "Ada Shopper",
  line1: "1 Main Street",
  line2: "Flat 2",
  city: "Dublin",
  postalCode: "D01 F5P2",
  country: "IE",
  phone: "+353 1 234 5678",
  companyName: "Shopper Trading Ltd",
  companyRegistrationNumber: "123456",
  companyVatId: "IE1234567T",
};

const ownerOnly = "Only the signed-in customer's own addresses: another customer's address id answers 404.";

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
    method: "get",
    path: "/api/account/addresses",
    tag: "Accounts",
    summary: "Lists the signed-in customer's saved addresses",
    description: "Oldest first.",
    audience: "customer",
    success: {
      status: 200,
      description: "The saved addresses.",
      schema: z.object({ items: z.array(savedAddressSchema) }),
    },
  },
  {
    method: "post",
    path: "/api/account/addresses",
    tag: "Accounts",
    summary: "Saves a new address",
    description: `At most ${MAX_ADDRESSES} addresses per account (409 beyond).`,
    audience: "customer",
    body: addressBodySchema,
    example: addressExample,
    success: { status: 201, description: "The saved address, with its id.", schema: savedAddressSchema },
    errors: ["conflict"],
  },
  {
    method: "get",
    path: "/api/account/addresses/{id}",
    tag: "Accounts",
    summary: "Gets one saved address",
    description: ownerOnly,
    audience: "customer",
    params: addressIdSchema,
    success: { status: 200, description: "The address.", schema: savedAddressSchema },
    errors: ["not_found"],
  },
  {
    method: "put",
    path: "/api/account/addresses/{id}",
    tag: "Accounts",
    summary: "Replaces a saved address whole",
    description: `Full replacement: every field is set from the body, and an optional field left out is cleared (no second line, no phone). Idempotent. Unknown fields are refused. ${ownerOnly}`,
    audience: "customer",
    params: addressIdSchema,
    body: addressBodySchema,
    example: addressExample,
    success: { status: 200, description: "The address as stored.", schema: savedAddressSchema },
    errors: ["not_found"],
  },
  {
    method: "delete",
    path: "/api/account/addresses/{id}",
    tag: "Accounts",
    summary: "Deletes a saved address",
    description: ownerOnly,
    audience: "customer",
    params: addressIdSchema,
    success: { status: 204, description: "Deleted." },
    errors: ["not_found"],
  },
  {
    method: "post",
    path: "/api/session",
    tag: "Accounts",
    summary: "Logs in",
    description:
      "Sets the session cookie. A guest cart (cookie `cart`) is merged into the account's. Throttled per account and per client address; a wrong e-mail and a wrong password get the same answer. An account with two-factor sign-in gets `twoFactorRequired: true` and a five-minute pending cookie instead of a session: send the code to POST /api/session/two-factor. Staff whose role requires two-factor sign-in but who have not set it up are refused (403) until they do so in the browser at /login.",
    body: loginSchema,
    example: { email: "ada@example.com", password: "a long, unusual passphrase" },
    success: {
      status: 200,
      description: "Logged in, or the password was right and the second factor comes next.",
      schema: z.union([z.object({ userId: z.uuid() }), z.object({ twoFactorRequired: z.literal(true) })]),
    },
    errors: ["unauthenticated", "forbidden", "rate_limited"],
  },
  {
    method: "post",
    path: "/api/session/two-factor",
    tag: "Accounts",
    summary: "Completes a two-factor sign-in",
    description:
      "The code from the authenticator app (6 digits, each accepted once) or an unused recovery code, with the pending cookie POST /api/session set. Sets the session cookie; with `remember`, also a 30-day cookie that skips this step on this client for this account until its sessions end. Five wrong codes per account refuse further codes (429) for the rate-limit window.",
    body: verifySignInBodySchema,
    example: { code: "123456", remember: false },
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
