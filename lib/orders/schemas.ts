import { z } from "zod";

export const orderParamsSchema = z.object({ id: z.uuid("Unknown order.") });
export const orderTokenQuerySchema = z.object({ token: z.string().max(100).optional() });
