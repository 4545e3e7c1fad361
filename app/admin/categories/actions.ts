"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { nestFormFields, formId } from "@/app/admin/_lib/form-input";
import { createCategory } from "@/lib/catalog-admin/create-category";
import { moveCategory } from "@/lib/catalog-admin/move-category";
import { categoryCreateSchema, categoryMoveSchema, categoryUpdateSchema } from "@/lib/catalog-admin/schemas";
import { updateCategory } from "@/lib/catalog-admin/update-category";
import { db } from "@/lib/db";
import { action } from "@/lib/http/action";
import { currentLanguage } from "@/lib/i18n/request-language";
import { translator } from "@/lib/i18n/translator";

// The categories page's forms, through the same schemas and domain functions as /api/admin/categories.

const createForm = z.preprocess(
  (fields) => nestFormFields(fields, { blankIsMissing: ["position"] }),
  categoryCreateSchema,
);

const updateForm = z.preprocess(
  (fields) => nestFormFields(fields, { checkboxes: ["archived"], omit: ["id"], blankIsMissing: ["position"] }),
  categoryUpdateSchema,
);

export const createCategoryAction = action({ schema: createForm, auth: "staff" }, async (input, { actor }) => {
  const category = await createCategory(db, actor, input);
  revalidatePath("/admin/categories");
  const t = translator(await currentLanguage());
  return { status: "success", message: t("admin.categoryNotices.created", { name: category.name }) };
});

export const updateCategoryAction = action(
  { schema: updateForm, auth: "staff" },
  async (input, { actor, formData }) => {
    const category = await updateCategory(db, actor, formId(formData), input);
    revalidatePath("/admin/categories");
    const t = translator(await currentLanguage());
    return {
      status: "success",
      message: category.archived
        ? t("admin.categoryNotices.archived", { name: category.name })
        : t("admin.categoryNotices.saved", { name: category.name }),
    };
  },
);

export const moveCategoryAction = action({ schema: categoryMoveSchema, auth: "staff" }, async (input, { actor }) => {
  await moveCategory(db, actor, input.id, input.direction);
  revalidatePath("/admin/categories");
  return { status: "success" };
});
