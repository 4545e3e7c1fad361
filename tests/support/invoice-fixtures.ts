import type { IssueInvoiceInput } from "@/lib/invoices/schemas";

// A Czech buyer with every diacritic the shop's customers write, and lines at two VAT rates.
export function czechInvoiceInput(orderId: string): IssueInvoiceInput {
  return {
    orderId,
    orderNumber: "ORD-1042",
    currency: "CZK",
    buyer: {
      name: "Jiří Řehoř Žluťoučký",
      addressLines: ["Náměstí Míru 12/ů", "120 00 Praha 2 – Vinohrady", "Česká republika"],
      email: "jiri@example.cz",
    },
    lines: [
      // 2 × 1 210,00 Kč at 21 %: net 2 000,00 + VAT 420,00
      {
        description: "Čajová konvice „Ďábel“",
        quantity: 2,
        unitPriceMinor: 121000,
        vatRatePercent: 21,
        netMinor: 200000,
        vatMinor: 42000,
        grossMinor: 242000,
      },
      // 1 × 112,00 Kč at 12 %: net 100,00 + VAT 12,00
      {
        description: "Kniha: Příliš žluťoučký kůň úpěl ďábelské ódy",
        quantity: 1,
        unitPriceMinor: 11200,
        vatRatePercent: 12,
        netMinor: 10000,
        vatMinor: 1200,
        grossMinor: 11200,
      },
      {
        description: "Doprava – Zásilkovna",
        quantity: 1,
        unitPriceMinor: 9900,
        vatRatePercent: 21,
        netMinor: 8182,
        vatMinor: 1718,
        grossMinor: 9900,
      },
    ],
    paymentMethod: "Platební karta (Visa •••• 4242)",
  };
}
