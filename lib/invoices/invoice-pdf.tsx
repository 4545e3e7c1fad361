import type * as ReactPdf from "@react-pdf/renderer";
import { formatMoney } from "@/lib/money/money";
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
} satisfies ReactPdf.Styles;

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

export function InvoicePdf({ pdf, doc }: { pdf: Pdf; doc: InvoiceDocument }) {
  const { Document, Page, Text, View } = pdf;
  const money = (amountMinor: number) => formatMoney({ amountMinor, currency: doc.currency }, doc.locale);
  const date = (iso: string) =>
    new Intl.DateTimeFormat(doc.locale, { dateStyle: "long", timeZone: "UTC" }).format(new Date(iso));
  const title = doc.kind === "invoice" ? "Invoice" : "Credit note";
  return (
    <Document
      title={`${title} ${doc.number}`}
      author={doc.seller.name}
      creator={doc.seller.name}
      producer={doc.seller.name}
    >
      <Page size="A4" style={styles.page}>
        <Text style={styles.title}>
          {title} {doc.number}
        </Text>
        {doc.correctsInvoiceNumber ? <Text>Corrects invoice {doc.correctsInvoiceNumber}</Text> : null}
        <Text style={styles.muted}>
          Issued {date(doc.issuedAt)} · Taxable supply {date(doc.taxableSupplyAt)}
          {doc.orderNumber ? ` · Order ${doc.orderNumber}` : ""}
        </Text>
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
            <Text>{doc.kind === "invoice" ? "Total" : "Total credited"}</Text>
            <Text>{money(doc.totals.grossMinor)}</Text>
          </View>
          <Text style={styles.muted}>Payment method: {doc.paymentMethod}</Text>
        </View>
      </Page>
    </Document>
  );
}

/** The PDF of an invoice or credit note. */
export async function renderInvoicePdf(doc: InvoiceDocument): Promise<Buffer> {
  const pdf = await import("@react-pdf/renderer");
  registerInvoiceFonts(pdf.Font);
  return pdf.renderToBuffer(<InvoicePdf pdf={pdf} doc={doc} />);
}
