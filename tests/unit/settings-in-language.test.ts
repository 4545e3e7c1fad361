import { describe, expect, it } from "vitest";
import { settingsInLanguage } from "@/lib/delivery/settings-in-language";
import { defaultPaymentConfig, type ShopSettings } from "@/lib/delivery/shop-settings";
import { defaultLanguage, enabledLanguages } from "@/lib/i18n/languages";

// The shopper's view of the delivery and payment settings: staff's translation of each text, else the shop's own.

const other = enabledLanguages.find((language) => language !== defaultLanguage) ?? "cs";

function settings(): ShopSettings {
  const cod = defaultPaymentConfig("cash_on_delivery", "EUR");
  const value: ShopSettings = {
    zones: [{ id: "z", name: "Domestic", countries: ["CZ"], position: 0 }],
    methods: [
      {
        id: "m",
        zoneId: "z",
        name: "Courier",
        description: "Two days",
        kind: "HOME_DELIVERY",
        priceMinor: 500,
        currency: "EUR",
        freeFromMinor: null,
        weightBands: [],
        paymentMethods: ["cash_on_delivery"],
        active: true,
        position: 0,
        translations: { [other]: { name: "Kurýr", description: null } },
      },
    ],
    pickupLocations: [
      {
        id: "p",
        name: "Depot",
        line1: "Dlouhá 1",
        line2: "",
        city: "Praha",
        postalCode: "110 00",
        country: "CZ",
        openingHours: "Mon–Fri 9–17",
        active: true,
        position: 0,
        translations: { [other]: { openingHours: "" } },
      },
    ],
    payments: {
      card: defaultPaymentConfig("card", "EUR"),
      bank_transfer: defaultPaymentConfig("bank_transfer", "EUR"),
      cash_on_delivery: {
        ...cod,
        instructions: "Pay the courier.",
        translations: { [other]: { instructions: "Zaplaťte." } },
      },
      test: defaultPaymentConfig("test", "EUR"),
    },
    bankAccounts: [],
  };
  return Object.freeze(value);
}

describe("settingsInLanguage", () => {
  it("gives the shop's own language the settings themselves", () => {
    const own = settings();
    expect(settingsInLanguage(own, defaultLanguage)).toBe(own);
  });

  it("leaves a language the shop does not speak as the shop's own", () => {
    const own = settings();
    expect(settingsInLanguage(own, "xx")).toBe(own);
  });

  it.runIf(enabledLanguages.includes(other))("translates field by field, falling back on null and empty", () => {
    const own = settings();
    const translated = settingsInLanguage(own, other);
    expect(translated.methods[0]).toMatchObject({ name: "Kurýr", description: "Two days" });
    expect(translated.pickupLocations[0]?.openingHours).toBe("Mon–Fri 9–17");
    expect(translated.payments.cash_on_delivery.instructions).toBe("Zaplaťte.");
    expect(translated.payments.card.instructions).toBe("");
    // The shop's own copy is untouched, and prices, zones and flags are the same values.
    expect(own.methods[0]?.name).toBe("Courier");
    expect(translated.zones).toBe(own.zones);
    expect(translated.methods[0]?.priceMinor).toBe(500);
  });

  it.runIf(enabledLanguages.includes(other))("works a language out once per settings object, and not twice", () => {
    const own = settings();
    const translated = settingsInLanguage(own, other);
    expect(settingsInLanguage(own, other)).toBe(translated);
    expect(settingsInLanguage(translated, other)).toBe(translated);
    expect(settingsInLanguage(settings(), other)).not.toBe(translated);
    expect(Object.isFrozen(translated)).toBe(true);
  });
});
