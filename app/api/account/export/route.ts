import { exportPersonalData } from "@/lib/accounts/personal-data/export-personal-data";
import { db } from "@/lib/db";
import { handler } from "@/lib/http/handler";

// The logged-in customer's personal data as a JSON download.
export const GET = handler({ auth: "customer" }, async ({ user }) => {
  const data = await exportPersonalData(db, user.id);
  return new Response(JSON.stringify(data, null, 2), {
    headers: {
      "content-type": "application/json; charset=utf-8",
      "content-disposition": `attachment; filename="my-data-${new Date().toISOString().slice(0, 10)}.json"`,
      "cache-control": "no-store",
    },
  });
});
