import { env } from "@/lib/env";
import { escapeHtml } from "./refusal";

// The page a browser gets while the database is unavailable (lib/runtime/outage-response.ts): it needs nothing
// from the database, says what to do in plain words, and keeps what the shopper sent. A form that was posted is
// on the page again, ready to be sent once more; passwords are never written back into a page, so those fields
// are asked for again.

export interface PostedForm {
  enctype: "application/x-www-form-urlencoded" | "multipart/form-data";
  /** The text fields as posted, in order (files cannot be carried over). */
  fields: readonly (readonly [string, string])[];
}

const SECRET_FIELD = /password/i;
const TITLE = "Please try again in a moment";

export const OUTAGE_PAGE_CSP =
  "default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'";

function label(name: string): string {
  const words = name.replace(/([a-z])([A-Z])/g, "$1 $2").replace(/[_-]+/g, " ");
  return `${words.charAt(0).toUpperCase()}${words.slice(1).toLowerCase()}`;
}

function resendForm(target: string, form: PostedForm): string {
  let secrets = 0;
  const inputs = form.fields.map(([name, value]) => {
    if (!SECRET_FIELD.test(name)) {
      return `<input type="hidden" name="${escapeHtml(name)}" value="${escapeHtml(value)}">`;
    }
    const id = `outage-secret-${++secrets}`;
    return `<p><label for="${id}">${escapeHtml(label(name))} (please enter it again)</label><br><input id="${id}" type="password" name="${escapeHtml(name)}" autocomplete="off" required></p>`;
  });
  return `<p>What you entered is kept. When you are ready, send it again:</p><form method="post" action="${escapeHtml(target)}" enctype="${form.enctype}">${inputs.join("")}<p><button type="submit">Send again</button></p></form>`;
}

/** `target` is the path and query the request was for; `form` what it posted, if it was a form. */
export function outagePage(target: string, form?: PostedForm): string {
  const again = form ? resendForm(target, form) : `<p><a href="${escapeHtml(target)}">Try again</a></p>`;
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${TITLE} · ${escapeHtml(env.SHOP_NAME)}</title></head><body style="font-family:system-ui,sans-serif;max-width:40rem;margin:4rem auto;padding:0 1rem;line-height:1.5"><main><h1>${TITLE}</h1><p role="status">The shop is briefly unavailable, usually for only a few seconds.</p>${again}<p><a href="/">Back to the shop</a></p></main></body></html>`;
}
