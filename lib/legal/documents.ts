import type { LegalDocumentKind } from "@/lib/generated/prisma/client";

// The shop's legal pages: one entry per kind, with the public address of the version in force. Older versions
// stay readable at `{path}/versions/{n}`. The footer and the checkout link to these addresses.

export interface LegalDocumentInfo {
  kind: LegalDocumentKind;
  /** The page's public address; also its name in the admin (`/admin/legal{path}`). */
  path: string;
  /** The heading until the merchant publishes another. */
  defaultTitle: string;
  /** What the text is for, shown to staff next to the editor. */
  purpose: string;
}

export const legalDocuments: readonly LegalDocumentInfo[] = [
  {
    kind: "TERMS",
    path: "/terms",
    defaultTitle: "Terms and conditions",
    purpose: "The contract the shopper accepts at checkout: parties, ordering, prices, payment, delivery, warranty.",
  },
  {
    kind: "PRIVACY",
    path: "/privacy",
    defaultTitle: "Privacy notice",
    purpose: "What personal data the shop processes, why, on what legal basis, for how long, and the shopper's rights.",
  },
  {
    kind: "RETURNS",
    path: "/returns-policy",
    defaultTitle: "Right of withdrawal and returns",
    purpose: "The 14-day right of withdrawal, how to exercise it, the model withdrawal form, refunds and costs.",
  },
  {
    kind: "SHIPPING_PAYMENT",
    path: "/shipping-payment",
    defaultTitle: "Shipping and payment",
    purpose: "Where the shop delivers, how long it takes and costs, and the ways to pay.",
  },
  {
    kind: "IMPRINT",
    path: "/imprint",
    defaultTitle: "Imprint",
    purpose: "Who runs the shop: legal name, address, registration, VAT ID, contact, supervisory authority.",
  },
];

export function legalDocument(kind: LegalDocumentKind): LegalDocumentInfo {
  const info = legalDocuments.find((d) => d.kind === kind);
  if (!info) throw new Error(`unknown legal document ${kind}`);
  return info;
}

/** `/terms` → TERMS; null for any other address. */
export function legalKindForPath(path: string): LegalDocumentKind | null {
  return legalDocuments.find((d) => d.path === path)?.kind ?? null;
}

export const legalVersionPath = (kind: LegalDocumentKind, version: number) =>
  `${legalDocument(kind).path}/versions/${version}`;
