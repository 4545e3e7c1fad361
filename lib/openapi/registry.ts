import type { z } from "zod";
import type { ErrorCode } from "@/lib/errors";

/*
 * The API's operations, one file per area in lib/openapi/paths/*.ts, gathered in lib/openapi/operations.ts and
 * turned into the OpenAPI 3.1 document (lib/openapi/document.ts) served at /api/openapi.json and shown at /developers.
 *
 * To document a new route handler, add an entry to its area's list (or a new paths/<area>.ts added to operations.ts):
 *
 *   {
 *     method: "post", path: "/api/things/{id}", tag: "Things", summary: "Renames a thing",
 *     params: thingParamsSchema, body: renameThingSchema,              // the very schemas the handler parses
 *     example: { name: "New name" },                                    // checked against `body` by the tests
 *     success: { status: 200, description: "The renamed thing.", schema: thingSchema },
 *     errors: ["not_found"],                                            // beyond those the wrapper adds itself
 *     auth: "staff",
 *   },
 *
 * Request bodies that are not JSON (a picture upload, a CSV file) go in `upload`, with the content type the handler
 * reads and the form's fields (or the file as a string); a success that has a second status (202 when a payment
 * provider confirms later) lists it in `success.also`.
 *
 * Errors every handler can answer with (invalid input, cross-site writes, body size and type, 500, 503, and 401/403
 * for the auth given) are added from the entry's shape. tests/integration/openapi.test.ts fails for any route file
 * whose methods have no entry here.
 */

export type HttpMethod = "get" | "post" | "put" | "patch" | "delete";

/** Who may call: anyone, a signed-in customer, staff (session or API token), or Stripe (signed webhook). */
export type Audience = "public" | "customer" | "staff" | "admin" | "webhook";

export interface ApiSuccess {
  status: number;
  description: string;
  /** JSON body; omit for empty responses (204) or give `contentType` for files. */
  schema?: z.ZodType;
  contentType?: string;
  /** Other success statuses answered with the same body, each with when. */
  also?: { status: number; description: string }[];
}

/** A request body the handler reads itself instead of JSON. */
export interface ApiUpload {
  /** e.g. "multipart/form-data" or "text/csv". */
  contentType: string;
  /** The form's fields, or a string schema describing the file sent as the body. */
  schema: z.ZodType;
}

export interface ApiOperation {
  method: HttpMethod;
  /** OpenAPI form: `{param}` where the route folder says `[param]`. */
  path: string;
  tag: string;
  summary: string;
  description?: string;
  audience?: Audience;
  /** Route parameters, query string, request headers and JSON body, as the handler validates them. */
  params?: z.ZodObject;
  query?: z.ZodObject;
  headers?: z.ZodObject;
  body?: z.ZodType;
  /** A body that is not JSON: an upload form or a file. */
  upload?: ApiUpload;
  /** An example request body that `body` accepts (the tests check it does). */
  example?: unknown;
  success: ApiSuccess;
  /** Error codes this operation answers with beyond the ones its shape implies. */
  errors?: ErrorCode[];
  /** False for the few routes that never touch the database (so never answer 503). */
  database?: boolean;
}
