import type { Db } from "@/lib/db/client";
import type { LegalDocumentKind } from "@/lib/generated/prisma/client";
import { type ShopIdentity, shopIdentityFromEnv } from "@/lib/shop/shop-identity";

// Starting texts for the legal pages, published as version 1 by the demo seed. They are templates: each says so at
// the top, and everything in [square brackets] is for the merchant to fill in. They are a checklist of what such a
// page usually covers for an EU web shop selling to consumers, not legal advice.

const NOTICE =
  "> **Template.** This text is a starting point shipped with the shop software, not legal advice. Replace " +
  "everything in [square brackets], remove what does not apply, and have the whole page checked by a lawyer " +
  "before you sell. Then remove this notice.";

function seller(shop: ShopIdentity): string {
  return [
    `**${shop.legalName}**`,
    ...shop.addressLines,
    `Company registration number: ${shop.companyId ?? "[number], registered at [register and court]"}`,
    `VAT ID: ${shop.vatId ?? "[VAT ID]"}`,
    `E-mail: [${shop.email}](mailto:${shop.email})`,
  ].join("  \n");
}

export function legalTemplates(
  shop: ShopIdentity = shopIdentityFromEnv(),
): Record<LegalDocumentKind, { title: string; body: string }> {
  return {
    TERMS: {
      title: "Terms and conditions",
      body: `${NOTICE}

## 1. Who we are

These terms apply to every order placed in the online shop ${shop.name} at ${shop.baseUrl}. The seller is:

${seller(shop)}

## 2. The contract

1. The products shown in the shop are an invitation to order, not a binding offer.
2. By pressing **Order with obligation to pay** you make a binding offer to buy the goods in your cart. We confirm
   receipt by e-mail at once; the contract is concluded when [we confirm the order / we ship the goods].
3. The contract language is [English]. We store the contract text; you receive these terms and your order details
   by e-mail, and every version of these terms stays readable on this site.

## 3. Prices and payment

1. Prices include VAT at the applicable rate. Delivery costs and any payment surcharge are shown before you order
   (see [Shipping and payment](/shipping-payment)).
2. You can pay by [card, bank transfer, cash on delivery]. [Payment deadlines for bank transfer.]

## 4. Delivery

We deliver to the countries listed in [Shipping and payment](/shipping-payment). [Delivery times; what happens
when goods are unavailable.]

## 5. Right of withdrawal

Consumers may withdraw from the contract within 14 days without giving a reason. See
[Right of withdrawal and returns](/returns-policy) for how to do it, the model withdrawal form and its consequences.

## 6. Warranty (legal guarantee of conformity)

The statutory warranty rights apply: [two years from delivery for consumers; how to make a claim].

## 7. Business buyers

[Terms that differ for buyers acting for their business: no right of withdrawal, warranty, transfer of risk.]

## 8. Disputes

The European Commission provides a platform for online dispute resolution. [Name the competent consumer
alternative dispute resolution body, or state that you do not take part.] [Applicable law and the consumer's
mandatory protections.]
`,
    },
    PRIVACY: {
      title: "Privacy notice",
      body: `${NOTICE}

## Controller

${seller(shop)}

[Data protection officer, if you have one.]

## What we process and why

| Data | Purpose | Legal basis (GDPR) | Kept for |
| --- | --- | --- | --- |
| Name, addresses, e-mail, phone, order contents | Taking, delivering and invoicing your order | Art. 6(1)(b) contract | [10 years for invoices, per tax law] |
| Company name, registration number, VAT ID | Invoicing a business buyer | Art. 6(1)(c) legal obligation | [as invoices] |
| Account (name, e-mail, password hash, saved addresses) | Your customer account | Art. 6(1)(b) contract | Until you delete the account |
| Contact form messages | Answering you | Art. 6(1)(f) legitimate interest | [period] |
| Which terms and privacy notice you accepted, and when | Proving the contract | Art. 6(1)(c) and (f) | As the order |

## Who receives it

[Payment provider (e.g. Stripe), carriers, e-mail provider, hosting provider, accountant; transfers outside the
EU and their safeguards.]

## Cookies

The shop sets only cookies it needs to work: your cart, your session when signed in, and a security cookie for
sign-in. [Add any analytics or marketing tools, and ask for consent before using them.]

## Your rights

You may ask for access, correction, erasure, restriction, data portability and object to processing; signed-in
customers can download their data and delete their account themselves under **Account**. You may complain to a
supervisory authority: [name and address of yours].
`,
    },
    RETURNS: {
      title: "Right of withdrawal and returns",
      body: `${NOTICE}

## Right of withdrawal

You have the right to withdraw from this contract within 14 days without giving any reason. The withdrawal period
expires 14 days after the day on which you, or a third party other than the carrier indicated by you, acquire
physical possession of the goods (of the last good, when ordered together and delivered separately).

To exercise the right of withdrawal, you must inform us (${shop.legalName}, ${shop.addressLines.join(", ")},
[${shop.email}](mailto:${shop.email})) of your decision by an unequivocal statement (e.g. a letter or an e-mail).
You may use the model withdrawal form below, but it is not obligatory. To meet the deadline it is enough to send
your statement before the withdrawal period has expired.

## Effects of withdrawal

If you withdraw, we reimburse all payments received from you, including the costs of delivery (except the extra
costs of a delivery type other than the least expensive standard delivery we offer), without undue delay and at
the latest within 14 days from the day we are informed of your decision. We use the same means of payment as you
used for the original transaction, unless you have expressly agreed otherwise. We may withhold reimbursement until
we have received the goods back or you have supplied evidence of having sent them back, whichever is earliest.

Please send back the goods without undue delay and no later than 14 days after telling us of your withdrawal, to
[return address]. [You bear / We bear] the direct cost of returning the goods. You are only liable for any
diminished value of the goods resulting from handling other than what is necessary to establish their nature,
characteristics and functioning.

[Exceptions, e.g. sealed goods unsealed after delivery for health or hygiene reasons.]

## Model withdrawal form

(Complete and return this form only if you wish to withdraw from the contract.)

- To: ${shop.legalName}, ${shop.addressLines.join(", ")}, ${shop.email}
- I/We (\\*) hereby give notice that I/We (\\*) withdraw from my/our (\\*) contract of sale of the following goods:
- Ordered on (\\*) / received on (\\*):
- Order number:
- Name of consumer(s):
- Address of consumer(s):
- Signature of consumer(s) (only if this form is notified on paper):
- Date:

(\\*) Delete as appropriate.
`,
    },
    SHIPPING_PAYMENT: {
      title: "Shipping and payment",
      body: `${NOTICE}

## Delivery

The checkout shows the delivery options for your country and cart, with their prices, before you order.

- [Carriers and delivery times per country.]
- [Click & collect: where and when.]
- [What happens when a parcel cannot be delivered.]

## Payment

- **Card**: [charged when you order, through our payment provider].
- **Bank transfer**: pay within [7] days to the account shown after your order, with the order number as the
  payment reference; we ship once the money arrives.
- **Cash on delivery**: pay the courier [in cash / by card]; a surcharge shown at checkout applies.

All prices include VAT. Business buyers receive an invoice with their company details and VAT ID.
`,
    },
    IMPRINT: {
      title: "Imprint",
      body: `${NOTICE}

[The operator's name, address, registration number, VAT ID and e-mail are shown above this text, as set in Admin →
Shop identity. Add here what they do not cover:]

Registered at: [register and court]  
Represented by: [names of the managing directors]  
Supervisory authority: [if your trade requires a licence]  
[Trade register entry, chamber or professional rules, if applicable.]

Questions about an order: use the [contact form](/contact) or write to [${shop.email}](mailto:${shop.email}).
`,
    },
  };
}

/** Publishes each template as version 1 of a page the shop has not published yet; pages with versions are left. */
export async function seedLegalTemplates(db: Db): Promise<void> {
  for (const [kind, text] of Object.entries(legalTemplates()) as [
    LegalDocumentKind,
    { title: string; body: string },
  ][]) {
    const existing = await db.legalDocumentVersion.count({ where: { kind } });
    if (existing === 0) {
      await db.legalDocumentVersion.create({ data: { kind, version: 1, title: text.title, body: text.body.trim() } });
    }
  }
}
