import { formatDecimal } from "@/lib/catalog-admin/amounts";
import { weightBandsText } from "@/lib/delivery/admin-schemas";
import type { DeliveryMethodSetting, PickupLocationSetting } from "@/lib/delivery/shop-settings";
import type { MethodFormValues } from "./_components/method-form";
import type { PickupFormValues } from "./_components/pickup-form";

// Stored settings as the admin forms show them (amounts as decimals, bands as text), and the blank forms.

export function methodFormValues(method: DeliveryMethodSetting): MethodFormValues {
  return {
    id: method.id,
    zoneId: method.zoneId,
    name: method.name,
    description: method.description,
    kind: method.kind,
    price: formatDecimal(method.priceMinor, method.currency),
    freeFrom: method.freeFromMinor === null ? "" : formatDecimal(method.freeFromMinor, method.currency),
    weightBands: weightBandsText(method.weightBands, method.currency),
    pay_card: method.paymentMethods.includes("card"),
    pay_bank_transfer: method.paymentMethods.includes("bank_transfer"),
    pay_cash_on_delivery: method.paymentMethods.includes("cash_on_delivery"),
    active: method.active,
    position: String(method.position),
  };
}

export const blankMethod = (zoneId: string): MethodFormValues => ({
  id: "",
  zoneId,
  name: "",
  description: "",
  kind: "HOME_DELIVERY",
  price: "",
  freeFrom: "",
  weightBands: "",
  pay_card: true,
  pay_bank_transfer: true,
  pay_cash_on_delivery: false,
  active: true,
  position: "0",
});

export function pickupFormValues(location: PickupLocationSetting): PickupFormValues {
  const { id, name, line1, line2, city, postalCode, country, openingHours, active, position } = location;
  return { id, name, line1, line2, city, postalCode, country, openingHours, active, position: String(position) };
}

export const blankPickup: PickupFormValues = {
  id: "",
  name: "",
  line1: "",
  line2: "",
  city: "",
  postalCode: "",
  country: "",
  openingHours: "",
  active: true,
  position: "0",
};
