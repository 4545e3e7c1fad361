import { signToken, verifyToken } from "@/lib/security/signed-token";

const PURPOSE = "order-view";

/** A link a guest can open from the confirmation e-mail; it opens this order only. */
export function orderPath(orderId: string): string {
  return `/orders/${orderId}?token=${signToken(PURPOSE, orderId)}`;
}

export function orderTokenValid(orderId: string, token: string | undefined): boolean {
  return typeof token === "string" && token.length > 0 && verifyToken(PURPOSE, orderId, token);
}
