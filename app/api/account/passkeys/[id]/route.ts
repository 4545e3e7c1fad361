import { requireUserOf } from "@/lib/auth/guards";
import { db } from "@/lib/db";
import { handler } from "@/lib/http/handler";
import { removePasskey, renamePasskey } from "@/lib/passkeys/manage-passkeys";
import { passkeyIdParams, renamePasskeyBody } from "@/lib/passkeys/schemas";

// Access: customer (any signed-in account), for its own passkeys only.

export const PATCH = handler(
  { params: passkeyIdParams, body: renamePasskeyBody },
  async ({ request, params: { id }, body }) => {
    const user = await requireUserOf(request);
    await renamePasskey(db, user.id, id, body.name);
    return new Response(null, { status: 204 });
  },
);

export const DELETE = handler({ params: passkeyIdParams }, async ({ request, params: { id } }) => {
  const user = await requireUserOf(request);
  await removePasskey(db, user.id, id);
  return new Response(null, { status: 204 });
});
