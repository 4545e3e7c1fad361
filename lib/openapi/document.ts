import { z } from "zod";
import { safeString } from "@/lib/validation";
import {
  type CreateDocumentOptions,
  type ZodOpenApiOperationObject,
  type ZodOpenApiPathsObject,
  type ZodOpenApiResponsesObject,
  createDocument,
} from "zod-openapi";
import { env } from "@/lib/env";
import { type ErrorCode, errorStatus } from "@/lib/errors";
import { apiOperations } from "./operations";
import { outboundWebhooks } from "./outbound-webhooks";
import type { ApiOperation } from "./registry";
import { errorBodySchema } from "./shared";

// The OpenAPI 3.1 document, built from the registry with zod-openapi, which renders the handlers' own zod schemas
// through zod 4's JSON Schema conversion.

export type OpenApiDocument = ReturnType<typeof createDocument>;

const requestIdHeader = z.object({
  "x-request-id": safeString().meta({
    description: "The request's id; also in error bodies and the server's logs.",
    header: { id: "RequestId" },
  }),
});
const retryHeaders = requestIdHeader.extend({
  "retry-after": safeString().meta({
    description: "Seconds to wait before trying again.",
    header: { id: "RetryAfter" },
  }),
});

const errorText: Partial<Record<ErrorCode, string>> = {
  invalid_input: "the input is not valid (`fields` says which and why)",
  unauthenticated: "not logged in, or wrong credentials",
  forbidden: "not allowed, or a cross-site write",
  not_found: "no such resource for this caller",
  conflict: "the resource is not in a state that allows this",
  out_of_stock: "not enough stock",
  payload_too_large: "the body is too large (limits by kind of body: README, Request limits)",
  request_timeout: "the body did not arrive within REQUEST_TIMEOUT_MS",
  unsupported_media_type: "send application/json",
  rate_limited: "too many attempts; see Retry-After",
  internal: "an unexpected error; the requestId helps the shop find it",
  service_unavailable: "the database (or a service the shop needs) is unavailable; see Retry-After",
};

function errorTextOf(code: ErrorCode, op: ApiOperation): string {
  if (code === "unsupported_media_type" && op.upload) return `send ${op.upload.contentType}`;
  return errorText[code] ?? code;
}

/** The error codes an operation can answer with: its own plus those its shape implies. */
export function errorCodesOf(op: ApiOperation): ErrorCode[] {
  const codes = new Set<ErrorCode>(op.errors ?? []);
  if (op.body || op.upload || op.params || op.query) codes.add("invalid_input");
  if (op.body || op.upload) {
    codes.add("payload_too_large");
    codes.add("request_timeout");
    codes.add("unsupported_media_type");
  }
  if (op.method !== "get" && op.audience !== "webhook") codes.add("forbidden");
  if (op.audience === "customer" || op.audience === "staff" || op.audience === "admin") codes.add("unauthenticated");
  if (op.audience === "staff" || op.audience === "admin") codes.add("forbidden");
  codes.add("internal");
  if (op.database !== false) codes.add("service_unavailable");
  return [...codes].sort((a, b) => errorStatus[a] - errorStatus[b]);
}

function responsesOf(op: ApiOperation): ZodOpenApiResponsesObject {
  const { success } = op;
  const responses: ZodOpenApiResponsesObject = {};
  responses[`${success.status}` as `2${string}`] = {
    description: success.description,
    headers: requestIdHeader,
    ...(success.schema
      ? { content: { [success.contentType ?? "application/json"]: { schema: success.schema } } }
      : success.contentType
        ? { content: { [success.contentType]: { schema: { type: "string", contentMediaType: success.contentType } } } }
        : {}),
  };
  for (const other of success.also ?? []) {
    responses[`${other.status}` as `2${string}`] = {
      ...responses[`${success.status}` as `2${string}`],
      description: other.description,
    };
  }
  const byStatus = new Map<number, ErrorCode[]>();
  for (const code of errorCodesOf(op))
    byStatus.set(errorStatus[code], [...(byStatus.get(errorStatus[code]) ?? []), code]);
  for (const [status, codes] of byStatus) {
    const retry = codes.includes("rate_limited") || codes.includes("service_unavailable");
    responses[`${status}` as `4${string}`] = {
      description: codes.map((code) => `\`${code}\`: ${errorTextOf(code, op)}`).join("; "),
      headers: retry ? retryHeaders : requestIdHeader,
      content: { "application/json": { schema: errorBodySchema } },
    };
  }
  return responses;
}

const security: Record<string, ZodOpenApiOperationObject["security"]> = {
  customer: [{ session: [] }],
  staff: [{ session: [] }, { apiToken: [] }],
  admin: [{ session: [] }, { apiToken: [] }],
};

/** e.g. GET /api/orders/{id}/invoice → getOrdersByIdInvoice */
export function operationIdOf(op: Pick<ApiOperation, "method" | "path">): string {
  const words = op.path
    .split("/")
    .filter((part) => part && part !== "api")
    .flatMap((part) => {
      const param = /^\{(.+)\}$/.exec(part)?.[1];
      return param ? ["by", param] : part.split(/[^A-Za-z0-9]+/);
    })
    .filter(Boolean);
  return op.method + words.map((w) => w.charAt(0).toUpperCase() + w.slice(1)).join("");
}

function operationObject(op: ApiOperation): ZodOpenApiOperationObject {
  const requestParams = {
    ...(op.params ? { path: op.params } : {}),
    ...(op.query ? { query: op.query } : {}),
    ...(op.headers ? { header: op.headers } : {}),
  };
  return {
    operationId: operationIdOf(op),
    tags: [op.tag],
    summary: op.summary,
    ...(op.description ? { description: op.description } : {}),
    ...(op.audience && security[op.audience] ? { security: security[op.audience] } : {}),
    ...(Object.keys(requestParams).length > 0 ? { requestParams } : {}),
    ...(op.body
      ? {
          requestBody: {
            required: true,
            content: { "application/json": { schema: op.body, ...(op.example ? { example: op.example } : {}) } },
          },
        }
      : op.upload
        ? { requestBody: { required: true, content: { [op.upload.contentType]: { schema: op.upload.schema } } } }
        : op.audience === "webhook"
          ? { requestBody: { required: true, content: { "application/json": { schema: { type: "object" } } } } }
          : {}),
    responses: responsesOf(op),
  };
}

/**
 * A property is optional in a request when its schema accepts a missing value. zod's JSON Schema marks fields that
 * are pre-processed (blank → default) as required; this corrects the `required` lists of input objects.
 */
const markOptionalInputs: NonNullable<CreateDocumentOptions["override"]> = ({ jsonSchema, zodSchema, io }) => {
  if (io !== "input" || !(zodSchema instanceof z.ZodObject) || !Array.isArray(jsonSchema.required)) return;
  const shape = zodSchema.shape as Record<string, z.ZodType>;
  jsonSchema.required = jsonSchema.required.filter((key) => {
    const field = shape[key];
    return !field || !field.safeParse(undefined).success;
  });
  if (jsonSchema.required.length === 0) delete jsonSchema.required;
};

export function buildOpenApiDocument(operations: ApiOperation[] = apiOperations): OpenApiDocument {
  const paths: ZodOpenApiPathsObject = {};
  for (const op of operations) {
    const item = (paths[op.path] ??= {});
    item[op.method] = operationObject(op);
  }
  const tags = [...new Set(operations.map((op) => op.tag))].map((name) => ({ name }));
  return createDocument(
    {
      openapi: "3.1.0",
      info: {
        title: `${env.SHOP_NAME} API`,
        version: "1",
        description:
          "JSON over HTTPS. Every error has the shape `{ error: { code, message, fields?, requestId } }`; 429 and 503 carry Retry-After. Writes from browsers must be same-origin. Amounts are integers in minor units (cents) with an ISO 4217 currency.",
      },
      servers: [{ url: env.PUBLIC_BASE_URL }],
      tags,
      paths,
      webhooks: outboundWebhooks(),
      components: {
        securitySchemes: {
          session: {
            type: "apiKey",
            in: "cookie",
            name: "next-auth.session-token",
            description: "The session cookie set by POST /api/session (`__Secure-` prefixed on HTTPS).",
          },
          apiToken: {
            type: "http",
            scheme: "bearer",
            description: "A staff member's personal API token (`shop_…`), created in the admin area.",
          },
        },
      },
    },
    { override: markOptionalInputs },
  );
}

let cached: OpenApiDocument | undefined;

/** Built once per process: the registry does not change while the shop runs. */
export function openApiDocument(): OpenApiDocument {
  cached ??= buildOpenApiDocument();
  return cached;
}
