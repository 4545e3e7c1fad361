// Where an online check of a business buyer's VAT ID (the EU's VIES service) plugs in. The shop has none by
// default: it cannot reach VIES from everywhere it runs, and a checkout should not fail because VIES is down. An
// implementation answers "invalid" only for a number VIES says is not registered; "unavailable" lets the order
// through (staff can check later), exactly as without a verifier.

export type VatIdVerdict = "valid" | "invalid" | "unavailable";

export interface VatIdVerifier {
  verify(vatId: string): Promise<VatIdVerdict>;
}

/** The format check has run already (lib/buyers/schemas.ts); without an online service there is no more to know. */
export const noOnlineVatCheck: VatIdVerifier = { verify: () => Promise.resolve("unavailable") };
