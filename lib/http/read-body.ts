import { AppError } from "@/lib/errors";
import { serverMessage } from "@/lib/i18n/server-message";

// Request bodies that are not JSON (uploads, CSV files), read with a hard size limit: the declared length is
// checked first, and the stream is cut off as soon as it passes the limit, whatever the header said.

const tooLarge = (maxBytes: number) =>
  new AppError(
    "payload_too_large",
    serverMessage("The request body is larger than {kilobytes} KB.", { kilobytes: Math.round(maxBytes / 1024) }),
  );

export async function readBodyBytes(request: Request, maxBytes: number): Promise<Uint8Array<ArrayBuffer>> {
  const declared = Number(request.headers.get("content-length") ?? Number.NaN);
  if (Number.isFinite(declared) && declared > maxBytes) throw tooLarge(maxBytes);
  if (!request.body) return new Uint8Array(new ArrayBuffer(0));
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read().catch(() => {
      // The client went away or the server cut off a body that was too slow: nothing to answer, nothing to log.
      throw new AppError("invalid_input", "The request body was not received completely.");
    });
    if (done) break;
    total += value.byteLength;
    if (total > maxBytes) {
      await reader.cancel().catch(() => undefined);
      throw tooLarge(maxBytes);
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(new ArrayBuffer(total));
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return bytes;
}

/** UTF-8 text; bytes that are not UTF-8 are refused rather than replaced. */
export function decodeUtf8(bytes: Uint8Array, message = "The request body is not UTF-8 text."): string {
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    throw new AppError("invalid_input", message);
  }
}

/** A multipart/form-data body, at most maxBytes long. */
export async function readMultipartForm(request: Request, maxBytes: number): Promise<FormData> {
  const type = request.headers.get("content-type") ?? "";
  if (!/^multipart\/form-data;\s*boundary=/i.test(type)) {
    throw new AppError("unsupported_media_type", "Send the request body as multipart/form-data.");
  }
  const bytes = await readBodyBytes(request, maxBytes);
  try {
    return await new Response(bytes, { headers: { "content-type": type } }).formData();
  } catch {
    throw new AppError("invalid_input", "The multipart body could not be read.");
  }
}

/** A text body of one of the given media types (e.g. text/csv), decoded as UTF-8. */
export async function readTextBody(request: Request, types: readonly string[], maxBytes: number): Promise<string> {
  const type = (request.headers.get("content-type") ?? "").split(";")[0]?.trim().toLowerCase() ?? "";
  if (!types.includes(type)) {
    throw new AppError(
      "unsupported_media_type",
      serverMessage("Send the request body as {types}.", { types: types.join(" or ") }),
    );
  }
  return decodeUtf8(await readBodyBytes(request, maxBytes), "The file is not UTF-8 text; save it as CSV UTF-8.");
}
