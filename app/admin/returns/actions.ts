"use server";

import { redirect } from "next/navigation";
import { z } from "zod";
import { db } from "@/lib/db";
import { action } from "@/lib/http/action";
import { localeHref } from "@/lib/i18n/paths";
import { approveReturn, rejectReturn } from "@/lib/returns/decide-return";
import { receiveReturn } from "@/lib/returns/receive-return";
import { refundReturn } from "@/lib/returns/refund-return";
import { approveReturnSchema, rejectReturnSchema } from "@/lib/returns/schemas";
import type { ReturnNotice } from "./notices";

// The return page's forms. Each checks the staff role before reading the form (action() in lib/http/action.ts), calls the same
// domain function as /api/admin/returns, and on success reloads the page with a notice saying what happened.

const formReturnId = { id: z.uuid("Unknown return.") };
const done = async (id: string, notice: ReturnNotice): Promise<never> =>
  redirect(await localeHref(`/admin/returns/${id}?notice=${notice}`));

export const approveReturnAction = action(
  { schema: approveReturnSchema.extend(formReturnId), auth: "staff" },
  async ({ id, ...input }, { actor }) => {
    await approveReturn(db, actor, id, input);
    return done(id, "approved");
  },
);

export const rejectReturnAction = action(
  { schema: rejectReturnSchema.extend(formReturnId), auth: "staff" },
  async ({ id, ...input }, { actor }) => {
    await rejectReturn(db, actor, id, input);
    return done(id, "rejected");
  },
);

/** One checkbox per return line, named "restock-<line id>", ticked means back into stock. */
const receiveFormSchema = z.object(formReturnId).catchall(z.literal("yes", { error: "Tick the box or leave it." }));

export const receiveReturnAction = action(
  { schema: receiveFormSchema, auth: "staff" },
  async ({ id, ...ticked }, { actor }) => {
    const restockLineIds = Object.keys(ticked)
      .filter((key) => key.startsWith("restock-"))
      .map((key) => key.slice("restock-".length));
    await receiveReturn(db, actor, id, { restockLineIds });
    return done(id, "received");
  },
);

export const refundReturnAction = action(
  { schema: z.strictObject(formReturnId), auth: "staff" },
  async ({ id }, { actor }) => {
    const outcome = await refundReturn(db, actor, id);
    return done(id, outcome.status === "SUCCEEDED" ? "refunded" : "refund-pending");
  },
);
