import { adminHandler } from "@/lib/http/admin-handler";

// Who is calling: lets an integration check its token, and monitoring check a staff session.
export const GET = adminHandler({ access: "read" }, ({ actor }) =>
  Promise.resolve({
    user: { id: actor.userId, email: actor.email, role: actor.role },
    via: actor.via.startsWith("token:") ? "token" : "session",
    scope: actor.scope,
  }),
);
