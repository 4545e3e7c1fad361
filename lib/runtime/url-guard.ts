import { hasControlCharacter } from "@/lib/validation";

// A URL whose path or query cannot be decoded (a broken percent-encoding such as `%E0%A4%A`), or that decodes to
// control characters (NUL above all, which PostgreSQL refuses), is refused before Next.js sees it: Next.js answers
// such paths with a bare 500, and a NUL would only be refused deeper in, one schema at a time.

export interface UrlProblem {
  /** The query parameter at fault, or "path". */
  field: string;
  message: string;
}

const MALFORMED = "This part of the address is not validly encoded.";
const CONTROL = "This part of the address contains characters that are not allowed.";

function checkPart(encoded: string, plusIsSpace: boolean): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(plusIsSpace ? encoded.replace(/\+/g, " ") : encoded);
  } catch {
    return MALFORMED;
  }
  return hasControlCharacter(decoded) ? CONTROL : null;
}

/** The first problem with a request target such as `/products/x?q=y`, or null when it is fine. */
export function urlProblem(target: string): UrlProblem | null {
  const queryStart = target.indexOf("?");
  const path = queryStart < 0 ? target : target.slice(0, queryStart);
  const query = queryStart < 0 ? "" : target.slice(queryStart + 1);
  for (const segment of path.split("/")) {
    const message = checkPart(segment, false);
    if (message) return { field: "path", message };
  }
  if (query === "") return null;
  for (const pair of query.split("&")) {
    const eq = pair.indexOf("=");
    const rawName = eq < 0 ? pair : pair.slice(0, eq);
    const nameProblem = checkPart(rawName, true);
    // A name that cannot be decoded cannot name the field either.
    if (nameProblem) return { field: "query", message: nameProblem };
    const message = eq < 0 ? null : checkPart(pair.slice(eq + 1), true);
    if (message) return { field: decodeURIComponent(rawName.replace(/\+/g, " ")) || "query", message };
  }
  return null;
}
