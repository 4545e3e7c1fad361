/** A header value on one line: CR, LF and other control characters become spaces, runs of space collapse. */
export function headerSafe(value: string): string {
  return value
    .replace(/[\u0000-\u001f\u007f\u2028\u2029]+/g, " ")
    .replace(/\s{2,}/g, " ")
    .trim()
    .slice(0, 250);
}
