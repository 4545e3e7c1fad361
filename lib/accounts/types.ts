import type { Role } from "@/lib/generated/prisma/client";

export type { Role };

/** Who is asking: what handlers, actions and pages need to know about the logged-in user. */
export interface CurrentUser {
  id: string;
  email: string;
  name: string;
  role: Role;
}
