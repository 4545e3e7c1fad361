import type * as ReactPdf from "@react-pdf/renderer";
import { formatMoney } from "@/lib/money/money";
import type { PaymentInstructions } from "@/lib/payments/bank-transfer/payment-instructions";
import type { translator } from "@/lib/i18n/translator";
import { type EmailLanguage, emailLanguage } from "@/emails/email-language";
import { localizedInstructionRows, localizedQrAltText } from "@/emails/payment-instructions-text";
import { formatDocumentDate } from "./document-language";
import type { InvoiceDocument, InvoiceParty } from "./invoice-document";
import { INVOICE_FONT, registerInvoiceFonts, reloadInvoiceFonts } from "./register-fonts";

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
  description: { width: "30%", paddingRight: 6 },
  quantity: { width: "10%", textAlign: "right" },
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

type Translate = ReturnType<typeof translator>;

function title(kind: InvoiceDocument["kind"], t: Translate): string {
  if (kind === "invoice") return t("invoice.title.invoice");
  return kind === "credit-note" ? t("invoice.title.creditNote") : t("invoice.title.orderConfirmation");
}

function PaymentBlock({ pdf, payment, lang }: { pdf: Pdf; payment: PdfPayment; lang: EmailLanguage }) {
  const { Image, Text, View } = pdf;
  const { t } = lang;
  return (
    <View style={styles.payment} wrap={false}>
      <View>
        <Text style={styles.label}>{t("invoice.payByTransfer")}</Text>
        {localizedInstructionRows(payment.instructions, lang).map(([label, value]) => (
          <View style={styles.paymentRow} key={label}>
            <Text style={styles.paymentLabel}>{label}</Text>
            <Text style={styles.bold}>{value}</Text>
          </View>
        ))}
        <Text style={[styles.muted, { marginTop: 6, maxWidth: 300 }]}>{t("invoice.transferNote")}</Text>
      </View>
      {/* A PDF image has no alt attribute in react-pdf; the rows beside it carry the same details as text. */}
      {payment.qrPngDataUrl ? (
        <View>
          {/* eslint-disable-next-line jsx-a11y/alt-text -- react-pdf's Image takes no alt; the caption below is the text */}
          <Image style={styles.qr} src={payment.qrPngDataUrl} />
          <Text style={[styles.muted, { width: 120, fontSize: 7 }]}>
            {localizedQrAltText(payment.instructions, lang)}
          </Text>
        </View>
      ) : null}
    </View>
  );
}

function Party({ pdf, label, party, t }: { pdf: Pdf; label: string; party: InvoiceParty; t: Translate }) {
  const { Text, View } = pdf;
  return (
    <View style={styles.party}>
      <Text style={styles.label}>{label}</Text>
      <Text style={styles.bold}>{party.name}</Text>
      {party.addressLines.map((line, index) => (
        <Text key={index}>{line}</Text>
      ))}
      {party.companyId ? <Text>{t("invoice.companyId", { id: party.companyId })}</Text> : null}
      {party.vatId ? <Text>{t("invoice.vatId", { id: party.vatId })}</Text> : null}
      {party.email ? <Text>{party.email}</Text> : null}
    </View>
  );
}

export function InvoicePdf({ pdf, doc, payment }: { pdf: Pdf; doc: InvoiceDocument; payment?: PdfPayment | null }) {
  const { Document, Page, Text, View } = pdf;
  // A document speaks the language it was issued in (English before languages existed).
  const lang = emailLanguage(doc.language ?? "en");
  const { t } = lang;
  const money = (amountMinor: number) => formatMoney({ amountMinor, currency: doc.currency }, doc.locale);
  const date = (iso: string) => formatDocumentDate(iso, doc);
  const rate = (percent: number) => new Intl.NumberFormat(doc.locale, { maximumFractionDigits: 2 }).format(percent);
  const heading = title(doc.kind, t);
  return (
    <Document
      title={`${heading} ${doc.number}`}
      author={doc.seller.name}
      creator={doc.seller.name}
      producer={doc.seller.name}
    >
      <Page size="A4" style={styles.page}>
        {doc.testMode ? <Text style={styles.banner}>{t("invoice.testMode")}</Text> : null}
        <Text style={styles.title}>
          {heading} {doc.number}
        </Text>
        {doc.correctsInvoiceNumber ? <Text>{t("invoice.corrects", { number: doc.correctsInvoiceNumber })}</Text> : null}
        {doc.kind === "order-confirmation" ? (
          <Text style={styles.muted}>{t("invoice.placed", { date: date(doc.issuedAt) })}</Text>
        ) : (
          <Text style={styles.muted}>
            {t("invoice.issued", { issued: date(doc.issuedAt), supply: date(doc.taxableSupplyAt) })}
            {doc.orderNumber ? ` · ${t("invoice.order", { number: doc.orderNumber })}` : ""}
          </Text>
        )}
        <View style={styles.parties}>
          <Party pdf={pdf} label={t("invoice.seller")} party={doc.seller} t={t} />
          <Party
            pdf={pdf}
            label={doc.kind === "invoice" ? t("invoice.buyer") : t("invoice.customer")}
            party={doc.buyer}
            t={t}
          />
        </View>
        <View style={styles.head}>
          <Text style={styles.description}>{t("invoice.item")}</Text>
          <Text style={styles.quantity}>{t("invoice.quantity")}</Text>
          <Text style={styles.cell}>{t("invoice.unitPrice")}</Text>
          <Text style={styles.cell}>{t("invoice.vatRate")}</Text>
          <Text style={styles.cell}>{t("invoice.net")}</Text>
          <Text style={styles.cell}>{t("invoice.total")}</Text>
        </View>
        {doc.lines.map((line, index) => (
          <View style={styles.row} key={index} wrap={false}>
            <Text style={styles.description}>{line.description}</Text>
            <Text style={styles.quantity}>{line.quantity}</Text>
            <Text style={styles.cell}>{money(line.unitPriceMinor)}</Text>
            <Text style={styles.cell}>{rate(line.vatRatePercent)} %</Text>
            <Text style={styles.cell}>{money(line.netMinor)}</Text>
            <Text style={styles.cell}>{money(line.grossMinor)}</Text>
          </View>
        ))}
        <View style={styles.summary} wrap={false}>
          {doc.vatBreakdown.map((row) => (
            <View style={styles.summaryRow} key={row.vatRatePercent}>
              <Text>{t("invoice.vatOn", { rate: rate(row.vatRatePercent), net: money(row.netMinor) })}</Text>
              <Text>{money(row.vatMinor)}</Text>
            </View>
          ))}
          <View style={styles.summaryRow}>
            <Text>{t("invoice.totalNet")}</Text>
            <Text>{money(doc.totals.netMinor)}</Text>
          </View>
          <View style={styles.summaryRow}>
            <Text>{t("invoice.totalVat")}</Text>
            <Text>{money(doc.totals.vatMinor)}</Text>
          </View>
          <View style={styles.total}>
            <Text>{doc.kind === "credit-note" ? t("invoice.totalCredited") : t("invoice.grandTotal")}</Text>
            <Text>{money(doc.totals.grossMinor)}</Text>
          </View>
          <Text style={styles.muted}>{t("invoice.paymentMethod", { method: doc.paymentMethod })}</Text>
        </View>
        {payment ? <PaymentBlock pdf={pdf} payment={payment} lang={lang} /> : null}
      </Page>
    </Document>
  );
}

// One render at a time in a process, each with freshly loaded fonts (see reloadInvoiceFonts), so that no render
// finds its fonts unloaded by another. Rendering is CPU-bound, so running one at a time costs no throughput.
let previous: Promise<unknown> = Promise.resolve();

/** The PDF of an invoice, credit note or order confirmation (with how to pay, for a bank transfer). */
export async function renderInvoicePdf(doc: InvoiceDocument, payment: PdfPayment | null = null): Promise<Buffer> {
  const pdf = await import("@react-pdf/renderer");
  registerInvoiceFonts(pdf.Font);
  const render = previous.then(() => {
    reloadInvoiceFonts(pdf.Font);
    return pdf.renderToBuffer(<InvoicePdf pdf={pdf} doc={doc} payment={payment} />);
  });
  previous = render.catch(() => undefined);
  return render;
}
