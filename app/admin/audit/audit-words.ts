import type en from "@/lib/i18n/messages/en.json";
import { type Messages, catalog } from "@/lib/i18n/catalog";
import { defaultLanguage } from "@/lib/i18n/languages";

// Audit rows store codes ("user.change_role", entity type "discount_code"), which stay as written; staff read them
// as words from the catalog (admin.audit.actions.<entity>.<verb>, admin.audit.entities.<type>). A code the catalog
// does not name (an action added later) is shown as it is stored.

type Actions = typeof en.admin.audit.actions;
export type AuditActionKey = {
  [E in keyof Actions]: E extends string ? `${E}.${Extract<keyof Actions[E], string>}` : never;
}[keyof Actions];
export type AuditEntityKey = keyof typeof en.admin.audit.entities;

// Every catalog has the English one's keys (tests/unit/i18n-catalogs.test.ts), so the shop's own catalog says
// which codes have words.
const audit = () => catalog(defaultLanguage).admin.audit;

export function isAuditActionKey(code: string): code is AuditActionKey {
  const [entity = "", verb = "", ...rest] = code.split(".");
  const actions: Messages = audit().actions;
  if (rest.length > 0 || !Object.hasOwn(actions, entity)) return false;
  const verbs = actions[entity];
  return typeof verbs === "object" && Object.hasOwn(verbs, verb);
}

export function isAuditEntityKey(type: string): type is AuditEntityKey {
  const entities: Messages = audit().entities;
  return Object.hasOwn(entities, type);
}
