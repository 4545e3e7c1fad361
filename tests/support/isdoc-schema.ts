import { XMLParser } from "fast-xml-parser";

// The parts of the published ISDOC 6.0.2 schema (isdoc-invoice-6.0.2.xsd, isdoc-core-6.0.2.xsd) that the shop's
// documents use, written down from it by hand: for each complex type, its child elements in the schema's sequence
// order, whether each is required (minOccurs ≠ 0) and whether it may repeat. `checkIsdoc` walks a document and
// reports every required element missing, every element out of order or unknown to the schema, and simple values
// that break their type (dates, decimals, UUIDs, booleans, codes).

interface Child {
  name: string;
  required?: boolean;
  repeats?: boolean;
  type?: string;
  simple?: (text: string) => boolean;
}

const date = (t: string) => /^\d{4}-\d{2}-\d{2}$/.test(t);
const decimal = (t: string) => /^-?\d+(\.\d+)?$/.test(t);
const bool = (t: string) => t === "true" || t === "false";
const uuid = (t: string) => /^[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}$/.test(t);
const text = () => true;

const R = (name: string, extra: Omit<Child, "name" | "required"> = {}): Child => ({ name, required: true, ...extra });
const O = (name: string, extra: Omit<Child, "name"> = {}): Child => ({ name, ...extra });

const party: Child[] = [
  R("PartyIdentification", { type: "PartyIdentification" }),
  R("PartyName", { type: "PartyName" }),
  R("PostalAddress", { type: "PostalAddress" }),
  O("PartyTaxScheme", { repeats: true, type: "PartyTaxScheme" }),
  O("RegisterIdentification"),
  O("Contact", { type: "Contact" }),
];

export const ISDOC_TYPES: Record<string, Child[]> = {
  Invoice: [
    R("DocumentType", { simple: (t) => /^[1-7]$/.test(t) }),
    O("SubDocumentType"),
    O("SubDocumentTypeOrigin"),
    O("TargetConsolidator"),
    O("ClientOnTargetConsolidator"),
    O("ClientBankAccount"),
    R("ID", { simple: text }),
    R("UUID", { simple: uuid }),
    O("EgovFlag"),
    O("ISDS_ID"),
    O("FileReference"),
    O("ReferenceNumber"),
    O("EgovClassifiers"),
    O("IssuingSystem", { simple: (t) => t.length <= 80 }),
    R("IssueDate", { simple: date }),
    O("TaxPointDate", { simple: date }),
    R("VATApplicable", { simple: bool }),
    R("ElectronicPossibilityAgreementReference", { simple: text }),
    O("Note", { simple: text }),
    R("LocalCurrencyCode", { simple: (t) => t.length === 3 }),
    O("ForeignCurrencyCode"),
    R("CurrRate", { simple: decimal }),
    R("RefCurrRate", { simple: decimal }),
    O("Extensions"),
    R("AccountingSupplierParty", { type: "PartyHolder" }),
    O("SellerSupplierParty", { type: "PartyHolder" }),
    O("AnonymousCustomerParty"),
    // A choice in the schema: AccountingCustomerParty alone, or AnonymousCustomerParty first; the shop sends the former.
    R("AccountingCustomerParty", { type: "PartyHolder" }),
    O("BuyerCustomerParty", { type: "PartyHolder" }),
    O("OrderReferences", { type: "OrderReferences" }),
    O("DeliveryNoteReferences"),
    O("OriginalDocumentReferences", { type: "OriginalDocumentReferences" }),
    O("ContractReferences"),
    O("Delivery"),
    R("InvoiceLines", { type: "InvoiceLines" }),
    O("NonTaxedDeposits"),
    O("TaxedDeposits"),
    R("TaxTotal", { type: "TaxTotal" }),
    R("LegalMonetaryTotal", { type: "LegalMonetaryTotal" }),
    O("PaymentMeans"),
    O("SupplementsList"),
  ],
  PartyHolder: [R("Party", { type: "Party" })],
  Party: party,
  PartyIdentification: [O("UserID"), O("CatalogFirmIdentification"), R("ID", { simple: text })],
  PartyName: [R("Name", { simple: text })],
  PostalAddress: [
    R("StreetName", { simple: text }),
    R("BuildingNumber", { simple: text }),
    R("CityName", { simple: text }),
    R("PostalZone", { simple: text }),
    R("Country", { type: "Country" }),
  ],
  Country: [R("IdentificationCode", { simple: text }), R("Name", { simple: text })],
  PartyTaxScheme: [R("CompanyID", { simple: text }), R("TaxScheme", { simple: text })],
  Contact: [O("Name", { simple: text }), O("Telephone", { simple: text }), O("ElectronicMail", { simple: text })],
  OrderReferences: [R("OrderReference", { repeats: true, type: "OrderReference" })],
  OrderReference: [
    R("SalesOrderID", { simple: text }),
    O("ExternalOrderID"),
    O("IssueDate", { simple: date }),
    O("ExternalOrderIssueDate", { simple: date }),
    O("UUID", { simple: uuid }),
    O("ISDS_ID"),
    O("FileReference"),
    O("ReferenceNumber"),
  ],
  OriginalDocumentReferences: [R("OriginalDocumentReference", { repeats: true, type: "OriginalDocumentReference" })],
  OriginalDocumentReference: [R("ID", { simple: text }), O("IssueDate", { simple: date }), O("UUID", { simple: uuid })],
  InvoiceLines: [R("InvoiceLine", { repeats: true, type: "InvoiceLine" })],
  InvoiceLine: [
    R("ID", { simple: (t) => t.length >= 1 && t.length <= 36 }),
    O("OrderReference"),
    O("DeliveryNoteReference"),
    O("OriginalDocumentReference"),
    O("ContractReference"),
    O("EgovClassifier"),
    O("InvoicedQuantity", { simple: decimal }),
    O("LineExtensionAmountCurr", { simple: decimal }),
    R("LineExtensionAmount", { simple: decimal }),
    O("LineExtensionAmountBeforeDiscount", { simple: decimal }),
    O("LineExtensionAmountTaxInclusiveCurr", { simple: decimal }),
    R("LineExtensionAmountTaxInclusive", { simple: decimal }),
    O("LineExtensionAmountTaxInclusiveBeforeDiscount", { simple: decimal }),
    R("LineExtensionTaxAmount", { simple: decimal }),
    R("UnitPrice", { simple: decimal }),
    R("UnitPriceTaxInclusive", { simple: decimal }),
    R("ClassifiedTaxCategory", { type: "ClassifiedTaxCategory" }),
    O("Note"),
    O("VATNote"),
    O("Item", { type: "Item" }),
    O("Extensions"),
  ],
  ClassifiedTaxCategory: [
    R("Percent", { simple: decimal }),
    R("VATCalculationMethod", { simple: (t) => t === "0" || t === "1" }),
    O("VATApplicable", { simple: bool }),
    O("LocalReverseCharge"),
  ],
  Item: [
    O("Description", { simple: text }),
    O("CatalogueItemIdentification"),
    O("SellersItemIdentification"),
    O("SecondarySellersItemIdentification"),
    O("TertiarySellersItemIdentification"),
    O("BuyersItemIdentification"),
    O("StoreBatches"),
  ],
  TaxTotal: [
    R("TaxSubTotal", { repeats: true, type: "TaxSubTotal" }),
    O("TaxAmountCurr", { simple: decimal }),
    R("TaxAmount", { simple: decimal }),
  ],
  TaxSubTotal: [
    O("TaxableAmountCurr", { simple: decimal }),
    R("TaxableAmount", { simple: decimal }),
    O("TaxAmountCurr", { simple: decimal }),
    R("TaxAmount", { simple: decimal }),
    O("TaxInclusiveAmountCurr", { simple: decimal }),
    R("TaxInclusiveAmount", { simple: decimal }),
    O("AlreadyClaimedTaxableAmountCurr", { simple: decimal }),
    R("AlreadyClaimedTaxableAmount", { simple: decimal }),
    O("AlreadyClaimedTaxAmountCurr", { simple: decimal }),
    R("AlreadyClaimedTaxAmount", { simple: decimal }),
    O("AlreadyClaimedTaxInclusiveAmountCurr", { simple: decimal }),
    R("AlreadyClaimedTaxInclusiveAmount", { simple: decimal }),
    O("DifferenceTaxableAmountCurr", { simple: decimal }),
    R("DifferenceTaxableAmount", { simple: decimal }),
    O("DifferenceTaxAmountCurr", { simple: decimal }),
    R("DifferenceTaxAmount", { simple: decimal }),
    O("DifferenceTaxInclusiveAmountCurr", { simple: decimal }),
    R("DifferenceTaxInclusiveAmount", { simple: decimal }),
    R("TaxCategory", { type: "TaxCategory" }),
  ],
  TaxCategory: [
    R("Percent", { simple: decimal }),
    O("TaxScheme", { simple: text }),
    O("VATApplicable", { simple: bool }),
    O("LocalReverseChargeFlag", { simple: bool }),
  ],
  LegalMonetaryTotal: [
    R("TaxExclusiveAmount", { simple: decimal }),
    O("TaxExclusiveAmountCurr", { simple: decimal }),
    R("TaxInclusiveAmount", { simple: decimal }),
    O("TaxInclusiveAmountCurr", { simple: decimal }),
    R("AlreadyClaimedTaxExclusiveAmount", { simple: decimal }),
    O("AlreadyClaimedTaxExclusiveAmountCurr", { simple: decimal }),
    R("AlreadyClaimedTaxInclusiveAmount", { simple: decimal }),
    O("AlreadyClaimedTaxInclusiveAmountCurr", { simple: decimal }),
    R("DifferenceTaxExclusiveAmount", { simple: decimal }),
    O("DifferenceTaxExclusiveAmountCurr", { simple: decimal }),
    R("DifferenceTaxInclusiveAmount", { simple: decimal }),
    O("DifferenceTaxInclusiveAmountCurr", { simple: decimal }),
    O("PayableRoundingAmount", { simple: decimal }),
    O("PayableRoundingAmountCurr", { simple: decimal }),
    R("PaidDepositsAmount", { simple: decimal }),
    O("PaidDepositsAmountCurr", { simple: decimal }),
    R("PayableAmount", { simple: decimal }),
    O("PayableAmountCurr", { simple: decimal }),
  ],
};

/** A node of fast-xml-parser's ordered output: { tag: children, ":@": attributes } or { "#text": value }. */
type OrderedNode = Record<string, unknown>;

const orderedParser = new XMLParser({
  preserveOrder: true,
  ignoreAttributes: false,
  attributeNamePrefix: "",
  parseTagValue: false,
  trimValues: false,
});

export function parseOrdered(xml: string): OrderedNode[] {
  return orderedParser.parse(xml) as OrderedNode[];
}

export const tagOf = (node: OrderedNode) => Object.keys(node).find((k) => k !== ":@" && k !== "#text");
export const attributesOf = (node: OrderedNode) => (node[":@"] ?? {}) as Record<string, string>;
export const childrenOfNode = (node: OrderedNode): OrderedNode[] => {
  const tag = tagOf(node);
  return tag ? ((node[tag] as OrderedNode[] | undefined) ?? []).filter((c) => tagOf(c) !== undefined) : [];
};
export const textOfNode = (node: OrderedNode): string => {
  const tag = tagOf(node);
  const children = tag ? ((node[tag] as OrderedNode[] | undefined) ?? []) : [];
  return children.map((c) => (typeof c["#text"] === "string" ? c["#text"] : "")).join("");
};

/** Every way the element breaks the schema's sequence for its type; [] when it follows it. */
export function checkIsdoc(node: OrderedNode, type = "Invoice", path = "Invoice"): string[] {
  const sequence = ISDOC_TYPES[type];
  if (!sequence) return [`${path}: no schema entry for ${type}`];
  const problems: string[] = [];
  const children = childrenOfNode(node);
  let position = -1;
  let previous = "";
  for (const child of children) {
    const tag = tagOf(child) ?? "";
    const index = sequence.findIndex((c) => c.name === tag);
    if (index < 0) {
      problems.push(`${path}/${tag}: not allowed in ${type}`);
      continue;
    }
    const spec = sequence[index] as Child;
    if (index < position || (index === position && !(spec.repeats && previous === tag))) {
      problems.push(`${path}/${tag}: out of order`);
    }
    position = Math.max(position, index);
    previous = tag;
    if (spec.type) problems.push(...checkIsdoc(child, spec.type, `${path}/${tag}`));
    else if (spec.simple && !spec.simple(textOfNode(child))) {
      problems.push(`${path}/${tag}: "${textOfNode(child)}" is not a valid value`);
    }
  }
  for (const spec of sequence) {
    if (spec.required && !children.some((c) => tagOf(c) === spec.name)) problems.push(`${path}/${spec.name}: missing`);
  }
  return problems;
}
