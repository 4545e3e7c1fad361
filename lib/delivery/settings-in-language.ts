import { translated, translationLanguage } from "@/lib/catalog/translation-language";
import { isEnabledLanguage } from "@/lib/i18n/languages";
import type { ShopSettings } from "./shop-settings";

// What a shopper reads of the delivery and payment settings (method names and descriptions, opening hours, payment
// instructions) in their language, each field falling back to the shop's own text. Worked out once per cached
// settings object and language, so checkout pays a WeakMap and a Map lookup; the copy goes with the settings.

const localized = new WeakMap<ShopSettings, Map<string, ShopSettings>>();
const copies = new WeakSet<ShopSettings>();

function translate(settings: ShopSettings, language: string): ShopSettings {
  const text = <Field extends string>(
    own: string,
    translations: Readonly<Record<string, Readonly<Record<Field, string | null>>>>,
    field: Field,
  ) => translated(translations[language]?.[field], own);
  const payments = { ...settings.payments };
  for (const method of Object.keys(payments) as (keyof typeof payments)[]) {
    const config = payments[method];
    payments[method] = { ...config, instructions: text(config.instructions, config.translations, "instructions") };
  }
  return Object.freeze({
    ...settings,
    methods: settings.methods.map((m) => ({
      ...m,
      name: text(m.name, m.translations, "name"),
      description: text(m.description, m.translations, "description"),
    })),
    pickupLocations: settings.pickupLocations.map((p) => ({
      ...p,
      openingHours: text(p.openingHours, p.translations, "openingHours"),
    })),
    payments,
  });
}

/**
 * The settings as a shopper in `language` reads them. The shop's own language, and settings already in a language,
 * get the settings themselves.
 */
export function settingsInLanguage(settings: ShopSettings, language: string): ShopSettings {
  if (copies.has(settings) || !isEnabledLanguage(language) || translationLanguage(language) === null) return settings;
  let byLanguage = localized.get(settings);
  if (!byLanguage) {
    byLanguage = new Map();
    localized.set(settings, byLanguage);
  }
  let copy = byLanguage.get(language);
  if (!copy) {
    copy = translate(settings, language);
    byLanguage.set(language, copy);
    copies.add(copy);
  }
  return copy;
}
