import { db } from "@/lib/db";
import { notFound } from "@/lib/errors";
import { adminHandler } from "@/lib/http/admin-handler";
import { attachmentDisposition } from "@/lib/http/content-disposition";
import { invoiceFilename } from "@/lib/invoices/find-invoice-pdf";
import { creditNoteParamsSchema } from "@/lib/orders/schemas";

export const dynamic = "force-dynamic";

/** A credit note of the order as issued. */
export const GET = adminHandler({ access: "read", params: creditNoteParamsSchema }, async ({ params }) => {
  const note = await db.creditNote.findFirst({
    where: { id: params.creditNoteId, orderId: params.id },
    select: { number: true, pdf: true },
  });
  if (!note) throw notFound("The credit note was not found.");
  return new Response(new Uint8Array(note.pdf), {
    headers: {
      "content-type": "application/pdf",
      "content-disposition": attachmentDisposition(invoiceFilename("credit-note", note.number)),
      "x-content-type-options": "nosniff",
      "cache-control": "private, no-store",
    },
  });
});
