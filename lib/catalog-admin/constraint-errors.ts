import { isUniqueViolation } from "@/lib/db/errors";
import { AppError, invalidInput } from "@/lib/errors";

/**
 * A unique-constraint violation that slipped past the checks made before writing (two requests at once) as the
 * same field error the check gives; anything else unchanged.
 */
export function uniqueViolationAsFieldError(error: unknown, fields: { slug?: string; sku?: string }): unknown {
  if (error instanceof AppError) return error;
  if (fields.slug && isUniqueViolation(error, "slug")) {
    return invalidInput({ [fields.slug]: "This slug is already used; choose another." });
  }
  if (fields.sku && isUniqueViolation(error, "sku")) {
    return invalidInput({ [fields.sku]: "This SKU is already used by another variant." });
  }
  return error;
}

/** A CHECK constraint refusing a stock or price change (PostgreSQL 23514) as a conflict, never database text. */
export function checkViolationAsConflict(error: unknown, message: string): unknown {
  if (error instanceof AppError || typeof error !== "object" || error === null) return error;
  const { code, meta, message: text } = error as { code?: unknown; meta?: unknown; message?: unknown };
  const described = `${typeof code === "string" ? code : ""} ${JSON.stringify(meta ?? {})} ${typeof text === "string" ? text : ""}`;
  return /23514|check constraint/i.test(described) ? new AppError("conflict", message) : error;
}
