import type { PersonalDataDomain } from "@/lib/accounts/personal-data/domains";
import { consentOf, orderConsentSelect } from "@/lib/legal/order-consent";

/**
 * A customer's orders in their personal-data export: what they bought, where it went, who it was invoiced to, and
 * the terms and privacy notice they accepted (version and time), which is their record of the contract.
 *
 * Deleting the account keeps the orders as they are: the shop must keep its sales records and invoices for the
 * statutory period (GDPR art. 17(3)(b)), and the accepted versions are the proof of the contract. The account
 * itself is anonymised by the profile entry.
 */
export const ordersPersonalData: PersonalDataDomain = {
  name: "orders",
  async exportFor(db, userId) {
    const orders = await db.order.findMany({
      where: { userId },
      orderBy: { createdAt: "asc" },
      select: {
        number: true,
        createdAt: true,
        status: true,
        email: true,
        currency: true,
        totalMinor: true,
        shippingMethod: true,
        shippingAddress: true,
        buyerCompany: true,
        billingAddress: true,
        ...orderConsentSelect,
      },
    });
    return orders.map(({ termsAcceptedAt, termsVersion, privacyVersion, ...order }) => {
      const consent = consentOf({ termsAcceptedAt, termsVersion, privacyVersion });
      return {
        ...order,
        consent: consent && {
          acceptedAt: consent.acceptedAt,
          terms: consent.terms && {
            version: consent.terms.version,
            title: consent.terms.title,
            url: consent.terms.path,
          },
          privacy: consent.privacy && {
            version: consent.privacy.version,
            title: consent.privacy.title,
            url: consent.privacy.path,
          },
        },
      };
    });
  },
  anonymise: () => Promise.resolve(),
};
