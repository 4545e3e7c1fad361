import { db } from "@/lib/db";
import { handler } from "@/lib/http/handler";
import { removePasskey, renamePasskey } from "@/lib/passkeys/manage-passkeys";
import { passkeyIdParams, renamePasskeyBody } from "@/lib/passkeys/schemas";

// For the signed-in account's own passkeys only.

export const PATCH = handler(
  { auth: "customer", params: passkeyIdParams, body: renamePasskeyBody },
  async ({ user, params: { id }, body }) => {
    await renamePasskey(db, user.id, id, body.name);
    return new Response(null, { status: 204 });
  },
);

export const DELETE = handler({ auth: "customer", params: passkeyIdParams }, async ({ user, params: { id } }) => {
  await removePasskey(db, user.id, id);
  return new Response(null, { status: 204 });
});
