import { z } from "zod";
import { safeString } from "@/lib/validation";
import type { ErrorBody } from "@/lib/http/error-response";
import { errorStatus, type ErrorCode } from "@/lib/errors";
import type { Money } from "@/lib/money/money";

// Shapes several areas share. Response schemas are typed against the domain's own types (`z.ZodType<T>`), so the
// compiler reports a document that drifts from what the handlers return.

const errorCodes = Object.keys(errorStatus) as [ErrorCode, ...ErrorCode[]];

export const errorBodySchema: z.ZodType<ErrorBody> = z
  .object({
    error: z.object({
      code: z.enum(errorCodes).meta({ description: "Stable, machine-readable reason." }),
      message: safeString().meta({ description: "A sentence to show to a person." }),
      fields: z
        .record(safeString(), safeString())
        .optional()
        .meta({ description: "Per-field messages for invalid input, keyed by the dot-joined field path." }),
      requestId: safeString().meta({ description: "The request's id, also in the x-request-id header and the logs." }),
    }),
  })
  .meta({
    id: "Error",
    description: "Every error response has this shape.",
    example: {
      error: {
        code: "invalid_input",
        message: "Some fields are not valid.",
        fields: { email: "Enter a valid e-mail address." },
        requestId: "8f14e45f-ceea-467f-a8d5-5b7c1bfa9f6e",
      },
    },
  });

export const moneySchema: z.ZodType<Money> = z
  .object({
    amountMinor: z.number().int().meta({ description: "Integer amount in the currency's minor unit (cents)." }),
    currency: safeString().meta({ description: "ISO 4217 code.", example: "EUR" }),
  })
  .meta({ id: "Money" });

export const stockStateSchema = z.enum(["in_stock", "low_stock", "out_of_stock"]).meta({ id: "StockState" });

export const timestamp = z.iso.datetime();

/**
 * A domain value as `Response.json` sends it: dates become ISO 8601 strings. Response schemas of handlers that
 * return Date fields are typed `z.ZodType<Json<T>>`.
 */
export type Json<T> = T extends Date
  ? string
  : T extends readonly (infer U)[]
    ? Json<U>[]
    : T extends object
      ? { [K in keyof T]: Json<T[K]> }
      : T;

type JsonValue = string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue };

/** Any JSON value (audit records keep what changed as free-form JSON); refers to itself by its component name. */
export const jsonValueSchema: z.ZodType<JsonValue> = z
  .lazy(() =>
    z.union([
      safeString(),
      z.number(),
      z.boolean(),
      z.null(),
      z.array(jsonValueSchema),
      z.record(safeString(), jsonValueSchema),
    ]),
  )
  .meta({ id: "JsonValue", description: "Any JSON value." });

/** Staff routes say in their description which token scope they need. */
export const readScope = "Any staff session or API token may call it (read scope).";
export const writeScope = "Needs a staff session or an API token with write scope; a read-only token gets 403.";
