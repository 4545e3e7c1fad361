import { addAddress, listAddresses } from "@/lib/accounts/addresses";
import { addressBodySchema } from "@/lib/accounts/schemas";
import { db } from "@/lib/db";
import { customerHandler } from "@/lib/http/customer-handler";

// The signed-in customer's saved addresses; every query is scoped to them (lib/accounts/addresses.ts).

export const GET = customerHandler({}, async ({ user }) => ({ items: await listAddresses(db, user.id) }));

export const POST = customerHandler({ body: addressBodySchema, maxBodyBytes: 4096 }, async ({ user, body }) =>
  Response.json(await addAddress(db, user.id, body), { status: 201 }),
);
