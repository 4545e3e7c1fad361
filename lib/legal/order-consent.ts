import type { Db } from "@/lib/db";
import type { LegalDocumentKind } from "@/lib/generated/prisma/client";
import { legalVersionPath } from "./documents";

/** One legal text as the shopper accepted it: which version, and where that exact version stays readable. */
export interface AcceptedLegalVersion {
  kind: LegalDocumentKind;
  version: number;
  title: string;
  publishedAt: Date;
  /** The address of this version (not of the text in force today). */
  path: string;
}

/** What the shopper agreed to when placing an order, and when. */
export interface OrderConsent {
  acceptedAt: Date;
  terms: AcceptedLegalVersion | null;
  privacy: AcceptedLegalVersion | null;
}

const VERSION = { select: { kind: true, version: true, title: true, publishedAt: true } } as const;

/** The order columns consent is read from; shared by the staff page and the personal-data export. */
export const orderConsentSelect = {
  termsAcceptedAt: true,
  termsVersion: VERSION,
  privacyVersion: VERSION,
} as const;

type VersionRow = { kind: LegalDocumentKind; version: number; title: string; publishedAt: Date } | null;

const accepted = (row: VersionRow): AcceptedLegalVersion | null =>
  row ? { ...row, path: legalVersionPath(row.kind, row.version) } : null;

/**
 * Null when the order has no consent on record: placed before consent was recorded, or while the shop had published
 * neither text (the database keeps versions and time together, see orders_terms_acceptance_check).
 */
export function consentOf(order: {
  termsAcceptedAt: Date | null;
  termsVersion: VersionRow;
  privacyVersion: VersionRow;
}): OrderConsent | null {
  if (!order.termsAcceptedAt) return null;
  return {
    acceptedAt: order.termsAcceptedAt,
    terms: accepted(order.termsVersion),
    privacy: accepted(order.privacyVersion),
  };
}

/** The consent recorded on one order; null for an unknown order or one without consent. */
export async function getOrderConsent(db: Db, orderId: string): Promise<OrderConsent | null> {
  const order = await db.order.findUnique({ where: { id: orderId }, select: orderConsentSelect });
  return order ? consentOf(order) : null;
}
