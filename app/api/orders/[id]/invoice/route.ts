import { db } from "@/lib/db";
import { notFound } from "@/lib/errors";
import { attachmentDisposition } from "@/lib/http/content-disposition";
import { handler } from "@/lib/http/handler";
import { findInvoicePdfForOrder } from "@/lib/invoices/find-invoice-pdf";
import { getOrder } from "@/lib/orders/get-order";
import { orderTokenValid } from "@/lib/orders/order-link";
import { orderParamsSchema, orderTokenQuerySchema } from "@/lib/orders/schemas";

export const dynamic = "force-dynamic";

/**
 * The invoice PDF exactly as issued, for the order's shopper, a holder of its signed link, or staff. Everyone
 * else, and an order without an invoice (not paid), gets 404.
 */
export const GET = handler(
  { auth: "public", shopper: true, params: orderParamsSchema, query: orderTokenQuerySchema },
  async ({ params, query, user }) => {
    await getOrder(db, params.id, {
      userId: user?.id ?? null,
      linkValid: orderTokenValid(params.id, query.token),
      staff: user?.role === "STAFF" || user?.role === "ADMIN",
    });
    const invoice = await findInvoicePdfForOrder(db, params.id);
    if (!invoice) throw notFound("The invoice was not found.");
    return new Response(new Uint8Array(invoice.pdf), {
      headers: {
        "content-type": "application/pdf",
        "content-disposition": attachmentDisposition(invoice.filename),
        "x-content-type-options": "nosniff",
        "cache-control": "private, no-store",
      },
    });
  },
);
