import { InvoiceRecipient } from "@/app/_components/invoice-recipient";
import { getOrderBuyer } from "@/lib/buyers/order-buyer";
import { db } from "@/lib/db";
import { currentLanguage } from "@/lib/i18n/request-language";

/** The company and invoice address the shopper gave at checkout (only shown to whoever may see the order). */
export async function InvoiceRecipientSection({ orderId }: { orderId: string }) {
  const buyer = await getOrderBuyer(db, orderId);
  return buyer ? <InvoiceRecipient buyer={buyer} headingLevel="h2" language={await currentLanguage()} /> : null;
}
