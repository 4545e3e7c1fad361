"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { db } from "@/lib/db";
import { action } from "@/lib/http/action";
import { localeHref } from "@/lib/i18n/paths";
import { legalDocument } from "@/lib/legal/documents";
import { publishLegalDocument } from "@/lib/legal/publish-legal-document";
import { publishLegalDocumentSchema } from "@/lib/legal/schemas";

const publishFormSchema = publishLegalDocumentSchema.extend({
  baseVersion: z.coerce.number({ error: "Reload the page." }).int().min(0).max(1_000_000),
});

export const publishLegalDocumentAction = action(
  { schema: publishFormSchema, auth: "staff" },
  async (input, { actor }) => {
    const published = await publishLegalDocument(db, actor, input);
    const { path } = legalDocument(input.kind);
    revalidatePath("/admin/legal");
    revalidatePath(path);
    redirect(await localeHref(`/admin/legal${path}?notice=published&version=${published.version}`));
  },
);
