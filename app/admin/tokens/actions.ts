"use server";

import { revalidatePath } from "next/cache";
import { db } from "@/lib/db";
import { createApiToken } from "@/lib/api-tokens/create-api-token";
import { revokeApiToken } from "@/lib/api-tokens/revoke-api-token";
import { createApiTokenSchema, revokeApiTokenSchema } from "@/lib/api-tokens/schemas";
import type { FormState } from "@/lib/http/form-state";
import { action } from "@/lib/http/action";
import { currentLanguage } from "@/lib/i18n/request-language";
import { translator } from "@/lib/i18n/translator";
import { z } from "zod";

/** The form state after creating a token: its secret, which exists only in this one response. */
export type TokenFormState = FormState & { created?: { name: string; secret: string } };

// Success clears the form; the secret goes back once, never into the page's HTML or the URL.
export const createTokenAction = action(
  { schema: createApiTokenSchema, auth: "staff" },
  async (input, { actor }): Promise<TokenFormState> => {
    const token = await createApiToken(db, actor, input);
    revalidatePath("/admin/tokens");
    const t = translator(await currentLanguage());
    return {
      status: "success",
      message: t("adminSettings.tokens.created", { name: input.name }),
      created: { name: input.name, secret: token.secret },
    };
  },
);

// The list's revoke buttons send the token's id as "id".
const revokeFormSchema = z.object({ id: revokeApiTokenSchema.shape.tokenId });

export const revokeTokenAction = action({ schema: revokeFormSchema, auth: "staff" }, async (input, { actor }) => {
  await revokeApiToken(db, actor, input.id);
  revalidatePath("/admin/tokens");
  const t = translator(await currentLanguage());
  return { status: "success", message: t("adminSettings.tokens.revoked") };
});
