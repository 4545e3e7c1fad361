import type { Db } from "@/lib/db";
import { personalDataDomains } from "./domains";

/** Everything the shop holds about a customer, one key per domain (profile, addresses, later orders…). */
export async function exportPersonalData(db: Db, userId: string): Promise<Record<string, unknown>> {
  const data: Record<string, unknown> = { exportedAt: new Date().toISOString() };
  for (const domain of personalDataDomains) data[domain.name] = await domain.exportFor(db, userId);
  return data;
}
