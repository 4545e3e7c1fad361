import type * as ReactPdf from "@react-pdf/renderer";
import { formatMoney } from "@/lib/money/money";
import { instructionRows, qrAltText } from "@/lib/payments/bank-transfer/describe-instructions";
import type { PaymentInstructions } from "@/lib/payments/bank-transfer/payment-instructions";
import type { InvoiceDocument, InvoiceParty } from "./invoice-document";
import { INVOICE_FONT, registerInvoiceFonts } from "./register-fonts";

// @react-pdf/renderer is loaded when a PDF is rendered, as an ES module: its packages export their files to
// `import` only, so a CommonJS `require` (the shop's own server and worker run as CommonJS) cannot load them.
type Pdf = typeof ReactPdf;

const styles = {
  page: { fontFamily: INVOICE_FONT, fontSize: 9, padding: 40, color: "#1d1c1a", lineHeight: 1.4 },
  title: { fontSize: 18, fontWeight: 700, lineHeight: 1.2, marginBottom: 6 },
  muted: { color: "#5c5852" },
  parties: { flexDirection: "row", justifyContent: "space-between", marginVertical: 18 },
  party: { width: "48%" },
  label: { fontSize: 8, color: "#5c5852", textTransform: "uppercase", marginBottom: 2 },
  bold: { fontWeight: 700 },
  row: { flexDirection: "row", borderBottomWidth: 0.5, borderBottomColor: "#e3dfd8", paddingVertical: 4 },
  head: {
    flexDirection: "row",
    borderBottomWidth: 1,
    borderBottomColor: "#1d1c1a",
    paddingVertical: 4,
    fontWeight: 700,
  },
  description: { width: "34%", paddingRight: 6 },
  quantity: { width: "6%", textAlign: "right" },
  cell: { width: "15%", textAlign: "right", paddingLeft: 4 },
  summary: { marginTop: 16, marginLeft: "40%" },
  summaryRow: { flexDirection: "row", justifyContent: "space-between", paddingVertical: 2 },
  total: {
    flexDirection: "row",
    justifyContent: "space-between",
    paddingVertical: 4,
    borderTopWidth: 1,
    fontWeight: 700,
    fontSize: 11,
  },
  banner: {
    borderWidth: 1,
    borderColor: "#8a6d00",
    backgroundColor: "#fff3c4",
    padding: 6,
    marginBottom: 8,
    fontWeight: 700,
  },
  payment: {
    flexDirection: "row",
    justifyContent: "space-between",
    marginTop: 18,
    borderWidth: 1,
    borderColor: "#1f5f4a",
    padding: 10,
  },
  paymentRow: { flexDirection: "row", paddingVertical: 1 },
  paymentLabel: { width: 130, color: "#5c5852" },
  qr: { width: 120, height: 120 },
} satisfies ReactPdf.Styles;

/** What an order confirmation of a bank-transfer order adds: how to pay, and the QR code as a PNG data URL. */
export interface PdfPayment {
  instructions: PaymentInstructions;
  qrPngDataUrl: string | null;
}

const TITLES: Record<InvoiceDocument["kind"], string> = {
  invoice: "Invoice",
  "credit-note": "Credit note",
  "order-confirmation": "Order confirmation",
};

export const TEST_MODE_PDF_NOTICE = "TEST MODE — no real payment was made for this order.";

function PaymentBlock({ pdf, payment, locale }: { pdf: Pdf; payment: PdfPayment; locale: string }) {
  const { Image, Text, View } = pdf;
  return (
    <View style={styles.payment} wrap={false}>
      <View>
        <Text style={styles.label}>Pay by bank transfer</Text>
        {instructionRows(payment.instructions, locale).map(([label, value]) => (
          <View style={styles.paymentRow} key={label}>
            <Text style={styles.paymentLabel}>{label}</Text>
            <Text style={styles.bold}>{value}</Text>
          </View>
        ))}
        <Text style={[styles.muted, { marginTop: 6, maxWidth: 300 }]}>
          Quote the reference exactly. The goods and the invoice follow when the money arrives; an order not paid by the
          date above is cancelled.
        </Text>
      </View>
      {/* A PDF image has no alt attribute in react-pdf; the rows beside it carry the same details as text. */}
      {payment.qrPngDataUrl ? (
        <View>
          {/* eslint-disable-next-line jsx-a11y/alt-text -- react-pdf's Image takes no alt; the caption below is the text */}
          <Image style={styles.qr} src={payment.qrPngDataUrl} />
          <Text style={[styles.muted, { width: 120, fontSize: 7 }]}>{qrAltText(payment.instructions, locale)}</Text>
        </View>
      ) : null}
    </View>
  );
}

function Party({ pdf, label, party }: { pdf: Pdf; label: string; party: InvoiceParty }) {
  const { Text, View } = pdf;
  return (
    <View style={styles.party}>
      <Text style={styles.label}>{label}</Text>
      <Text style={styles.bold}>{party.name}</Text>
      {party.addressLines.map((line, index) => (
        <Text key={index}>{line}</Text>
      ))}
      {party.companyId ? <Text>Company ID: {party.companyId}</Text> : null}
      {party.vatId ? <Text>VAT ID: {party.vatId}</Text> : null}
      {party.email ? <Text>{party.email}</Text> : null}
    </View>
  );
}

export function InvoicePdf({ pdf, doc, payment }: { pdf: Pdf; doc: InvoiceDocument; payment?: PdfPayment | null }) {
  const { Document, Page, Text, View } = pdf;
  const money = (amountMinor: number) => formatMoney({ amountMinor, currency: doc.currency }, doc.locale);
  const date = (iso: string) =>
    new Intl.DateTimeFormat(doc.locale, { dateStyle: "long", timeZone: "UTC" }).format(new Date(iso));
  const title = TITLES[doc.kind];
  return (
    <Document
      title={`${title} ${doc.number}`}
      author={doc.seller.name}
      creator={doc.seller.name}
      producer={doc.seller.name}
    >
      <Page size="A4" style={styles.page}>
        {doc.testMode ? <Text style={styles.banner}>{TEST_MODE_PDF_NOTICE}</Text> : null}
        <Text style={styles.title}>
          {title} {doc.number}
        </Text>
        {doc.correctsInvoiceNumber ? <Text>Corrects invoice {doc.correctsInvoiceNumber}</Text> : null}
        {doc.kind === "order-confirmation" ? (
          <Text style={styles.muted}>
            Placed {date(doc.issuedAt)} · Not a tax document: the invoice follows when the order is paid.
          </Text>
        ) : (
          <Text style={styles.muted}>
            Issued {date(doc.issuedAt)} · Taxable supply {date(doc.taxableSupplyAt)}
            {doc.orderNumber ? ` · Order ${doc.orderNumber}` : ""}
          </Text>
        )}
        <View style={styles.parties}>
          <Party pdf={pdf} label="Seller" party={doc.seller} />
          <Party pdf={pdf} label={doc.kind === "invoice" ? "Buyer" : "Customer"} party={doc.buyer} />
        </View>
        <View style={styles.head}>
          <Text style={styles.description}>Item</Text>
          <Text style={styles.quantity}>Qty</Text>
          <Text style={styles.cell}>Unit price</Text>
          <Text style={styles.cell}>VAT rate</Text>
          <Text style={styles.cell}>Net</Text>
          <Text style={styles.cell}>Total</Text>
        </View>
        {doc.lines.map((line, index) => (
          <View style={styles.row} key={index} wrap={false}>
            <Text style={styles.description}>{line.description}</Text>
            <Text style={styles.quantity}>{line.quantity}</Text>
            <Text style={styles.cell}>{money(line.unitPriceMinor)}</Text>
            <Text style={styles.cell}>{line.vatRatePercent} %</Text>
            <Text style={styles.cell}>{money(line.netMinor)}</Text>
            <Text style={styles.cell}>{money(line.grossMinor)}</Text>
          </View>
        ))}
        <View style={styles.summary} wrap={false}>
          {doc.vatBreakdown.map((row) => (
            <View style={styles.summaryRow} key={row.vatRatePercent}>
              <Text>
                VAT {row.vatRatePercent} % on {money(row.netMinor)}
              </Text>
              <Text>{money(row.vatMinor)}</Text>
            </View>
          ))}
          <View style={styles.summaryRow}>
            <Text>Total without VAT</Text>
            <Text>{money(doc.totals.netMinor)}</Text>
          </View>
          <View style={styles.summaryRow}>
            <Text>Total VAT</Text>
            <Text>{money(doc.totals.vatMinor)}</Text>
          </View>
          <View style={styles.total}>
            <Text>{doc.kind === "credit-note" ? "Total credited" : "Total"}</Text>
            <Text>{money(doc.totals.grossMinor)}</Text>
          </View>
          <Text style={styles.muted}>Payment method: {doc.paymentMethod}</Text>
        </View>
        {payment ? <PaymentBlock pdf={pdf} payment={payment} locale={doc.locale} /> : null}
      </Page>
    </Document>
  );
}

/** The PDF of an invoice, credit note or order confirmation (with how to pay, for a bank transfer). */
export async function renderInvoicePdf(doc: InvoiceDocument, payment: PdfPayment | null = null): Promise<Buffer> {
  const pdf = await import("@react-pdf/renderer");
  registerInvoiceFonts(pdf.Font);
  return pdf.renderToBuffer(<InvoicePdf pdf={pdf} doc={doc} payment={payment} />);
}
