import { z } from "zod";
import { safeString } from "@/lib/validation";

export const oidcProviderParams = z.object({
  provider: safeString().regex(/^[a-z0-9]{1,20}$/, "Unknown sign-in provider."),
});
export const oidcStartQuery = z.object({ next: safeString().max(500).optional() });
