"use server";

import { revalidatePath } from "next/cache";
import { db } from "@/lib/db";
import { createApiToken } from "@/lib/api-tokens/create-api-token";
import { revokeApiToken } from "@/lib/api-tokens/revoke-api-token";
import { createApiTokenSchema, revokeApiTokenSchema } from "@/lib/api-tokens/schemas";
import type { FormState } from "@/lib/http/form-state";
import { staffFormAction } from "@/lib/http/staff-action";
import { currentLanguage } from "@/lib/i18n/request-language";
import { translator } from "@/lib/i18n/translator";
import { z } from "zod";

/** The form state after creating a token: its secret, which exists only in this one response. */
export type TokenFormState = FormState & { created?: { name: string; secret: string } };

export async function createTokenAction(_state: TokenFormState, formData: FormData): Promise<TokenFormState> {
  let created: TokenFormState["created"];
  const state = await staffFormAction(createApiTokenSchema, formData, async (input, actor) => {
    const token = await createApiToken(db, actor, input);
    created = { name: input.name, secret: token.secret };
    revalidatePath("/admin/tokens");
    const t = translator(await currentLanguage());
    return { status: "success", message: t("adminSettings.tokens.created", { name: input.name }) };
  });
  // Success clears the form; the secret goes back once, never into the page's HTML or the URL.
  return created ? { status: "success", message: state.message, created } : state;
}

// The list's revoke buttons send the token's id as "id".
const revokeFormSchema = z.object({ id: revokeApiTokenSchema.shape.tokenId });

export async function revokeTokenAction(_state: FormState, formData: FormData): Promise<FormState> {
  return staffFormAction(revokeFormSchema, formData, async (input, actor) => {
    await revokeApiToken(db, actor, input.id);
    revalidatePath("/admin/tokens");
    const t = translator(await currentLanguage());
    return { status: "success", message: t("adminSettings.tokens.revoked") };
  });
}
