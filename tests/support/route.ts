// Calls a route handler module the way Next.js does: a Request plus a context whose params is a promise.
type RouteHandler = (request: Request, context: { params: Promise<Record<string, string>> }) => Promise<Response>;

export const BASE = "http://localhost:3000";

export async function call(
  handler: RouteHandler,
  path: string,
  init: RequestInit & { params?: Record<string, string> } = {},
): Promise<{ status: number; headers: Headers; body: unknown; text: string }> {
  const { params = {}, ...requestInit } = init;
  const response = await handler(new Request(`${BASE}${path}`, requestInit), { params: Promise.resolve(params) });
  const text = await response.text();
  let body: unknown = null;
  try {
    body = JSON.parse(text) as unknown;
  } catch {
    body = null;
  }
  return { status: response.status, headers: response.headers, body, text };
}

/** The shop's error shape, as a type guard for assertions. */
export function errorOf(body: unknown): { code: string; message: string; fields?: Record<string, string> } {
  const error = (body as { error?: { code: string; message: string; fields?: Record<string, string> } }).error;
  if (!error) throw new Error(`expected an error body, got ${JSON.stringify(body)}`);
  return error;
}
