import { type CartMeasure, priceDeliveryMethod } from "@/lib/delivery/price-delivery";
import { countryName } from "@/lib/delivery/countries";
import { type ShopSettings, zoneForCountry } from "@/lib/delivery/shop-settings";
import { invalidInput } from "@/lib/errors";
import type { DeliveryKind, PaymentMethod } from "@/lib/generated/prisma/client";
import {
  offeredPaymentMethods,
  type PaymentCapabilities,
  paymentMethodNames,
  paymentMethodsForDelivery,
} from "@/lib/payments/offered-payment-methods";
import type { CheckoutDetails as CheckoutInput, ShippingAddress } from "./schemas";

export interface PickupSnapshot {
  name: string;
  line1: string;
  line2?: string;
  city: string;
  postalCode: string;
  country: string;
  openingHours: string;
}

/** The shopper's delivery and payment choice, checked against the settings and priced. */
export interface ChosenDelivery {
  methodId: string;
  methodName: string;
  kind: DeliveryKind;
  /** Delivery price, VAT included. */
  shippingMinor: number;
  /** Cash-on-delivery surcharge, VAT included at the shipping rate; 0 otherwise. */
  surchargeMinor: number;
  paymentMethod: PaymentMethod;
  /**
   * What is stored as the order's shippingAddress: the delivery address, or for click & collect who collects at
   * the pickup location's address (so every address block — e-mails, invoice, admin — stays right).
   */
  address: ShippingAddress;
  pickup: { id: string; snapshot: PickupSnapshot } | null;
  /** Bank transfer: days the stock stays reserved waiting for the money. */
  reservationDays: number | null;
}

const refuse = (field: string, message: string): never => {
  throw invalidInput({ [field]: message }, message);
};

/**
 * Checks the choice the way the checkout page offers it: the method must be active and (for home delivery) serve
 * the address's zone, take this cart (weight, currency), and allow the payment method, which must itself be offered
 * (enabled and possible: card needs Stripe, test needs test mode). Every refusal is a 400 naming the field.
 */
export function chooseDelivery(
  settings: ShopSettings,
  capabilities: PaymentCapabilities,
  input: Pick<
    CheckoutInput,
    "shippingAddress" | "recipient" | "shippingMethodId" | "pickupLocationId" | "paymentMethod"
  >,
  cart: CartMeasure,
): ChosenDelivery {
  const method = settings.methods.find((m) => m.id === input.shippingMethodId && m.active);
  if (!method) return refuse("shippingMethodId", "This delivery option is not available; choose another.");

  let address: ChosenDelivery["address"];
  let pickup: ChosenDelivery["pickup"] = null;
  if (method.kind === "HOME_DELIVERY") {
    const shipTo = input.shippingAddress;
    if (!shipTo) {
      throw invalidInput(
        {
          "shippingAddress.line1": "Address is required.",
          "shippingAddress.city": "City is required.",
          "shippingAddress.postalCode": "Postal code is required.",
        },
        "Enter the delivery address.",
      );
    }
    const zone = zoneForCountry(settings, shipTo.country);
    if (!zone) return refuse("shippingAddress.country", "Choose a country we deliver to.");
    if (zone.id !== method.zoneId) {
      return refuse("shippingMethodId", `${method.name} does not deliver to ${countryName(shipTo.country)}.`);
    }
    // A pickup location chosen before switching to home delivery is ignored (the form without JavaScript sends it).
    address = shipTo;
  } else {
    const location = settings.pickupLocations.find((p) => p.id === input.pickupLocationId && p.active);
    if (!location) return refuse("pickupLocationId", "Choose a pickup location.");
    const who = input.recipient ?? input.shippingAddress;
    if (!who) return refuse("recipient.name", "Name is required.");
    address = {
      name: who.name,
      line1: location.line1,
      ...(location.line2 ? { line2: location.line2 } : {}),
      city: location.city,
      postalCode: location.postalCode,
      country: location.country,
      ...(who.phone ? { phone: who.phone } : {}),
    };
    pickup = {
      id: location.id,
      snapshot: {
        name: location.name,
        line1: location.line1,
        ...(location.line2 ? { line2: location.line2 } : {}),
        city: location.city,
        postalCode: location.postalCode,
        country: location.country,
        openingHours: location.openingHours,
      },
    };
  }

  const shippingMinor = priceDeliveryMethod(method, cart);
  if (shippingMinor === null) {
    return refuse("shippingMethodId", `${method.name} cannot take this order (too heavy); choose another option.`);
  }
  const allowed = paymentMethodsForDelivery(method, offeredPaymentMethods(settings, capabilities, cart.currency));
  if (!allowed.includes(input.paymentMethod)) {
    return refuse(
      "paymentMethod",
      `${paymentMethodNames[input.paymentMethod]} is not available with ${method.name}; choose another payment method.`,
    );
  }
  const config = settings.payments[input.paymentMethod];
  const surchargeMinor = input.paymentMethod === "cash_on_delivery" ? config.surchargeMinor : 0;
  if (surchargeMinor > 0 && config.currency !== cart.currency) {
    return refuse("paymentMethod", "Cash on delivery is not available in this currency.");
  }
  return {
    methodId: method.id,
    methodName: method.name,
    kind: method.kind,
    shippingMinor,
    surchargeMinor,
    paymentMethod: input.paymentMethod,
    address,
    pickup,
    reservationDays: input.paymentMethod === "bank_transfer" ? config.reservationDays : null,
  };
}
