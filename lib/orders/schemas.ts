import { z } from "zod";

export const orderParamsSchema = z.object({ id: z.uuid("Unknown order.") });
export const orderTokenQuerySchema = z.object({ token: z.string().max(100).optional() });

/** The shipping address as stored on an order (a snapshot of what the shopper entered at checkout). */
export const storedAddressSchema = z.object({
  name: z.string(),
  line1: z.string(),
  line2: z.string().optional(),
  city: z.string(),
  postalCode: z.string(),
  country: z.string(),
  phone: z.string().optional(),
});
