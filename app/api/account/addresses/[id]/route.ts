import { deleteAddress, getAddress, updateAddress } from "@/lib/accounts/addresses";
import { addressBodySchema, addressIdSchema } from "@/lib/accounts/schemas";
import { db } from "@/lib/db";
import { customerHandler } from "@/lib/http/customer-handler";

// One saved address of the signed-in customer. Another customer's address id is "not found", never "forbidden".

export const GET = customerHandler({ params: addressIdSchema }, ({ user, params }) =>
  getAddress(db, user.id, params.id),
);

/** Replaces the address whole: a field left out takes its default (no second line, no phone). Idempotent. */
export const PUT = customerHandler(
  { params: addressIdSchema, body: addressBodySchema, maxBodyBytes: 4096 },
  ({ user, params, body }) => updateAddress(db, user.id, params.id, body),
);

export const DELETE = customerHandler({ params: addressIdSchema }, async ({ user, params }) => {
  await deleteAddress(db, user.id, params.id);
  return new Response(null, { status: 204 });
});
