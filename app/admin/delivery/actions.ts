"use server";

import { redirect } from "next/navigation";
import { db } from "@/lib/db";
import {
  deliveryMethodFormSchema,
  pickupLocationFormSchema,
  settingIdFormSchema,
  zoneFormSchema,
} from "@/lib/delivery/admin-schemas";
import { deleteDeliveryMethod } from "@/lib/delivery/delete-delivery-method";
import { deletePickupLocation } from "@/lib/delivery/delete-pickup-location";
import { deleteZone } from "@/lib/delivery/delete-zone";
import { saveDeliveryMethod } from "@/lib/delivery/save-delivery-method";
import { savePickupLocation } from "@/lib/delivery/save-pickup-location";
import { saveZone } from "@/lib/delivery/save-zone";
import { localeHref } from "@/lib/i18n/paths";
import { action } from "@/lib/http/action";
import type { DeliveryNotice } from "./notices";

// The Delivery area's forms: staff role checked before the form is read, one domain function each, and on success
// back to the overview with a notice. The settings cache is dropped by the domain function; other instances hear of
// the change from the database triggers.

// The pages are rendered per request (force-dynamic), so a redirect is all it takes to show the change.
const done = async (notice: DeliveryNotice): Promise<never> =>
  redirect(await localeHref(`/admin/delivery?notice=${notice}`));

export const saveZoneAction = action({ schema: zoneFormSchema, auth: "staff" }, async (input, { actor }) => {
  await saveZone(db, actor, input);
  return done(input.id ? "zone-saved" : "zone-created");
});

export const deleteZoneAction = action({ schema: settingIdFormSchema, auth: "staff" }, async ({ id }, { actor }) => {
  await deleteZone(db, actor, id);
  return done("zone-deleted");
});

export const saveDeliveryMethodAction = action(
  { schema: deliveryMethodFormSchema, auth: "staff" },
  async (input, { actor }) => {
    await saveDeliveryMethod(db, actor, input);
    return done(input.id ? "method-saved" : "method-created");
  },
);

export const deleteDeliveryMethodAction = action(
  { schema: settingIdFormSchema, auth: "staff" },
  async ({ id }, { actor }) => {
    await deleteDeliveryMethod(db, actor, id);
    return done("method-deleted");
  },
);

export const savePickupLocationAction = action(
  { schema: pickupLocationFormSchema, auth: "staff" },
  async (input, { actor }) => {
    await savePickupLocation(db, actor, input);
    return done(input.id ? "pickup-saved" : "pickup-created");
  },
);

export const deletePickupLocationAction = action(
  { schema: settingIdFormSchema, auth: "staff" },
  async ({ id }, { actor }) => {
    await deletePickupLocation(db, actor, id);
    return done("pickup-deleted");
  },
);
