import type { InvoiceLine, InvoiceParty } from "@/lib/invoices/invoice-document";
import { shopDay } from "@/lib/reports/shop-day";
import { minorToDecimal } from "@/lib/orders/export-orders-csv";
import { buildXml, xmlText } from "@/lib/feeds/xml";
import type { AccountingDocument } from "./list-accounting-documents";
import { postalAddressFromLines } from "./postal-address";

// An issued invoice or credit note as ISDOC 6 (the Czech e-invoice standard; schema isdoc-invoice-6.0.2.xsd,
// namespace http://isdoc.cz/namespace/2013), from the document stored when it was issued, so every amount is the
// one on its PDF. Elements follow the schema's sequences in order; optional ones the shop has nothing for are left
// out. Prices include VAT, so VAT is calculated "from the top" (VATCalculationMethod 1). A credit note (type 2)
// carries the credited amounts as positive numbers, as its PDF shows them, and names the invoice it corrects.

export const ISDOC_NAMESPACE = "http://isdoc.cz/namespace/2013";
export const ISDOC_VERSION = "6.0.2";

interface IsdocContext {
  timeZone: string;
  /** Who issued it (IssuingSystem, at most 80 characters). */
  issuingSystem: string;
}

function party(p: InvoiceParty): Record<string, unknown> {
  const address = postalAddressFromLines(p.addressLines);
  return {
    // PartyIdentification/ID is the company number (IČO); a consumer has none and the element stays empty.
    PartyIdentification: { ID: xmlText(p.companyId ?? "") },
    PartyName: { Name: xmlText(p.name) },
    PostalAddress: {
      StreetName: xmlText(address.street),
      BuildingNumber: xmlText(address.building),
      CityName: xmlText(address.city),
      PostalZone: xmlText(address.postalCode),
      Country: { IdentificationCode: address.countryCode, Name: xmlText(address.countryName) },
    },
    ...(p.vatId ? { PartyTaxScheme: { CompanyID: xmlText(p.vatId), TaxScheme: "VAT" } } : {}),
    ...(p.email ? { Contact: { ElectronicMail: xmlText(p.email) } } : {}),
  };
}

/** A unit price without VAT for display: the line's net shared per unit, rounded to the minor unit. */
const unitNet = (line: InvoiceLine) => Math.round(line.netMinor / line.quantity);

export function isdocXml(entry: AccountingDocument, context: IsdocContext): string {
  const doc = entry.document;
  const amount = (minor: number) => minorToDecimal(minor, doc.currency);
  const day = (iso: string) => shopDay(new Date(iso), context.timeZone);
  const vatApplicable = doc.seller.vatId ? "true" : doc.totals.vatMinor > 0 ? "true" : "false";
  const percent = (rate: number) => String(rate);
  const original = entry.corrects;
  return buildXml({
    Invoice: {
      "@_xmlns": ISDOC_NAMESPACE,
      "@_version": ISDOC_VERSION,
      DocumentType: entry.kind === "credit-note" ? 2 : 1,
      ID: xmlText(doc.number),
      UUID: entry.id,
      IssuingSystem: xmlText(context.issuingSystem).slice(0, 80),
      IssueDate: day(doc.issuedAt),
      TaxPointDate: day(doc.taxableSupplyAt),
      VATApplicable: vatApplicable,
      // Required by the schema: the reference to the buyer's consent to electronic invoices; shops have none.
      ElectronicPossibilityAgreementReference: "",
      ...(doc.orderNumber ? { Note: xmlText(`Order ${doc.orderNumber}. Paid: ${doc.paymentMethod}`) } : {}),
      LocalCurrencyCode: doc.currency,
      CurrRate: 1,
      RefCurrRate: 1,
      AccountingSupplierParty: { Party: party(doc.seller) },
      AccountingCustomerParty: { Party: party(doc.buyer) },
      ...(doc.orderNumber
        ? { OrderReferences: { OrderReference: { "@_id": "order", SalesOrderID: xmlText(doc.orderNumber) } } }
        : {}),
      ...(original
        ? {
            OriginalDocumentReferences: {
              OriginalDocumentReference: {
                "@_id": "original",
                ID: xmlText(original.number),
                IssueDate: shopDay(original.issuedAt, context.timeZone),
                UUID: original.id,
              },
            },
          }
        : {}),
      InvoiceLines: {
        InvoiceLine: doc.lines.map((line, index) => ({
          ID: String(index + 1),
          InvoicedQuantity: { "@_unitCode": "pcs", "#text": line.quantity },
          LineExtensionAmount: amount(line.netMinor),
          LineExtensionAmountTaxInclusive: amount(line.grossMinor),
          LineExtensionTaxAmount: amount(line.vatMinor),
          UnitPrice: amount(unitNet(line)),
          UnitPriceTaxInclusive: amount(line.unitPriceMinor),
          ClassifiedTaxCategory: {
            Percent: percent(line.vatRatePercent),
            VATCalculationMethod: 1,
            VATApplicable: vatApplicable,
          },
          Item: { Description: xmlText(line.description) },
        })),
      },
      TaxTotal: {
        TaxSubTotal: doc.vatBreakdown.map((row) => ({
          TaxableAmount: amount(row.netMinor),
          TaxAmount: amount(row.vatMinor),
          TaxInclusiveAmount: amount(row.grossMinor),
          AlreadyClaimedTaxableAmount: amount(0),
          AlreadyClaimedTaxAmount: amount(0),
          AlreadyClaimedTaxInclusiveAmount: amount(0),
          DifferenceTaxableAmount: amount(row.netMinor),
          DifferenceTaxAmount: amount(row.vatMinor),
          DifferenceTaxInclusiveAmount: amount(row.grossMinor),
          TaxCategory: { Percent: percent(row.vatRatePercent), VATApplicable: vatApplicable },
        })),
        TaxAmount: amount(doc.totals.vatMinor),
      },
      LegalMonetaryTotal: {
        TaxExclusiveAmount: amount(doc.totals.netMinor),
        TaxInclusiveAmount: amount(doc.totals.grossMinor),
        AlreadyClaimedTaxExclusiveAmount: amount(0),
        AlreadyClaimedTaxInclusiveAmount: amount(0),
        DifferenceTaxExclusiveAmount: amount(doc.totals.netMinor),
        DifferenceTaxInclusiveAmount: amount(doc.totals.grossMinor),
        PaidDepositsAmount: amount(0),
        PayableAmount: amount(doc.totals.grossMinor),
      },
    },
  });
}
