import { db } from "@/lib/db";
import { notFound } from "@/lib/errors";
import { adminHandler } from "@/lib/http/admin-handler";
import { attachmentDisposition } from "@/lib/http/content-disposition";
import { findInvoicePdfForOrder } from "@/lib/invoices/find-invoice-pdf";
import { orderParamsSchema } from "@/lib/orders/schemas";

export const dynamic = "force-dynamic";

/** The order's invoice PDF exactly as issued; 404 when none was issued (the order was not paid). */
export const GET = adminHandler({ access: "read", params: orderParamsSchema }, async ({ params }) => {
  const invoice = await findInvoicePdfForOrder(db, params.id);
  if (!invoice) throw notFound("The invoice was not found.");
  return pdfResponse(invoice.pdf, invoice.filename);
});

function pdfResponse(pdf: Buffer, filename: string): Response {
  return new Response(new Uint8Array(pdf), {
    headers: {
      "content-type": "application/pdf",
      "content-disposition": attachmentDisposition(filename),
      "x-content-type-options": "nosniff",
      "cache-control": "private, no-store",
    },
  });
}
