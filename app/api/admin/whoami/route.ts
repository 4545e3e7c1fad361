import { requireStaff } from "@/lib/auth/guards";
import { handler } from "@/lib/http/handler";

// Who the staff member calling is: lets admin tools and monitoring check a staff session.
export const GET = handler({}, async () => {
  const user = await requireStaff();
  return { user };
});
