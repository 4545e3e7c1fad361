import { readFormToken } from "./form-token";
import { HONEYPOT_FIELD, type ContactMessageInput } from "./schemas";

// A simple, explainable content score instead of a third-party CAPTCHA. Each signal adds points and a reason;
// at SPAM_THRESHOLD or above the message is filed as spam: stored and visible to staff, but nobody is e-mailed.

export const SPAM_THRESHOLD = 5;
/** People need longer than this to fill in the form; scripts post at once. */
export const MIN_FILL_MS = 2_000;
/** A form kept open longer than this is odd (harvested tokens are replayed), but not spam on its own. */
export const STALE_FORM_MS = 24 * 60 * 60 * 1000;
/** Allowed clock difference between app instances. */
const CLOCK_SKEW_MS = 30_000;

export const SPAM_PHRASES = [
  "viagra",
  "cialis",
  "casino",
  "crypto investment",
  "bitcoin investment",
  "forex",
  "seo services",
  "backlinks",
  "first page of google",
  "rank your website",
  "increase your traffic",
  "buy followers",
  "make money fast",
  "work from home",
  "loan offer",
  "payday loan",
  "click here",
  "adult dating",
  "limited time offer",
  "100% guaranteed",
] as const;

export interface SpamVerdict {
  score: number;
  reasons: string[];
  isSpam: boolean;
}

const LINK = /\b(?:https?:\/\/|www\.)\S+|\[url[=\]]/gi;

function countLinks(text: string): number {
  return text.match(LINK)?.length ?? 0;
}

export function scoreContactMessage(input: ContactMessageInput, now: Date = new Date()): SpamVerdict {
  const signals: [points: number, reason: string][] = [];

  if (input[HONEYPOT_FIELD] !== "") signals.push([10, "honeypot"]);

  const issuedAt = readFormToken(input.formToken);
  const age = issuedAt ? now.getTime() - issuedAt.getTime() : Number.NaN;
  if (!issuedAt || age < -CLOCK_SKEW_MS) signals.push([5, "form_token_invalid"]);
  else if (age < MIN_FILL_MS) signals.push([5, "too_fast"]);
  else if (age > STALE_FORM_MS) signals.push([2, "form_stale"]);

  const links = countLinks(input.message);
  if (links >= 5) signals.push([5, `links:${links}`]);
  else if (links >= 3) signals.push([3, `links:${links}`]);
  else if (links === 2) signals.push([1, "links:2"]);
  if (countLinks(input.name) > 0) signals.push([5, "link_in_name"]);

  const haystack = `${input.name}\n${input.message}`.toLowerCase();
  const phrases = SPAM_PHRASES.filter((phrase) => haystack.includes(phrase));
  for (const phrase of phrases.slice(0, 3)) signals.push([2, `phrase:${phrase}`]);

  const score = signals.reduce((sum, [points]) => sum + points, 0);
  return { score, reasons: signals.map(([, reason]) => reason), isSpam: score >= SPAM_THRESHOLD };
}
