import type { LegalDocumentKind } from "@/lib/generated/prisma/client";

// The shop's legal pages: one entry per kind, with the public address of the version in force. Older versions
// stay readable at `{path}/versions/{n}`. The footer and the checkout link to these addresses. Their default titles
// (legal.documents) and what each is for (admin.legal.purpose) are in the message catalogs.

export interface LegalDocumentInfo {
  kind: LegalDocumentKind;
  /** The page's public address; also its name in the admin (`/admin/legal{path}`). */
  path: string;
}

export const legalDocuments: readonly LegalDocumentInfo[] = [
  {
    kind: "TERMS",
    path: "/terms",
  },
  {
    kind: "PRIVACY",
    path: "/privacy",
  },
  {
    kind: "RETURNS",
    path: "/returns-policy",
  },
  {
    kind: "SHIPPING_PAYMENT",
    path: "/shipping-payment",
  },
  {
    kind: "IMPRINT",
    path: "/imprint",
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
