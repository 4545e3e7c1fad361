import { z } from "zod";
import { requireUserOf } from "@/lib/auth/guards";
import { db } from "@/lib/db";
import { handler } from "@/lib/http/handler";
import { removePasskey, renamePasskey } from "@/lib/passkeys/manage-passkeys";
import { renamePasskeyBody } from "@/lib/passkeys/schemas";

// Access: customer (any signed-in account), for its own passkeys only.
const params = z.object({ id: z.uuid("The passkey was not found.") });

export const PATCH = handler({ params, body: renamePasskeyBody }, async ({ request, params: { id }, body }) => {
  const user = await requireUserOf(request);
  await renamePasskey(db, user.id, id, body.name);
  return new Response(null, { status: 204 });
});

export const DELETE = handler({ params }, async ({ request, params: { id } }) => {
  const user = await requireUserOf(request);
  await removePasskey(db, user.id, id);
  return new Response(null, { status: 204 });
});
