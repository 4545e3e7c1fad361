import { z } from "zod";
import { schemaMessage, serverMessage } from "@/lib/i18n/server-message";
import { safeString } from "@/lib/validation";

// Admin lists page by number in the URL (?page=3). A page past the end shows an empty list, not an error.

export const ADMIN_PAGE_SIZE = 25;
const MAX_PAGE = 10_000;

/** "?page=" as lists accept it: blank or missing is the first page. */
export const pageNumberSchema = z.preprocess(
  (value) => (value === undefined || value === "" ? 1 : value),
  z.coerce
    .number({ error: "Page must be a number." })
    .int("Page must be a whole number.")
    .min(1, "Pages start at 1.")
    .max(MAX_PAGE, schemaMessage("Pages stop at {page}.", { page: MAX_PAGE })),
);

export interface ListPage<T> {
  items: T[];
  page: number;
  pageSize: number;
  total: number;
  pageCount: number;
}

export function listPage<T>(items: T[], total: number, page: number, pageSize = ADMIN_PAGE_SIZE): ListPage<T> {
  return { items, page, pageSize, total, pageCount: Math.max(1, Math.ceil(total / pageSize)) };
}

/** An optional one-line text filter: blank means no filter. */
export const optionalFilter = (label: string, max: number) =>
  z.preprocess(
    (value) => (typeof value === "string" && value.trim() === "" ? undefined : value),
    safeString({ error: schemaMessage("{label} must be text.", { label: serverMessage(label) }) })
      .trim()
      .max(
        max,
        schemaMessage("{label} has at most {max, plural, one {# character} other {# characters}}.", {
          label: serverMessage(label),
          max,
        }),
      )
      .regex(/^[^\p{Cc}]*$/u, schemaMessage("{label} must be a single line of text.", { label: serverMessage(label) }))
      .optional(),
  );
