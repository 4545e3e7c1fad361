import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { POST as register } from "@/app/api/account/route";
import { POST as checkout } from "@/app/api/checkout/route";
import { POST as contact } from "@/app/api/contact/route";
import { translateServerText } from "@/lib/i18n/server-text";
import { validContact, visitorAddress } from "../support/contact";
import { call, errorOf } from "../support/route";

// JSON errors speak the client's language (Accept-Language, among the shop's enabled languages): the message and
// every field message, whether they come from a schema or from domain code. The code stays the same for programs,
// and a client that names no language the shop speaks gets English.

const CZECH = "cs-CZ,cs;q=0.9,en;q=0.8";

function post(handler: typeof contact, path: string, body: unknown, acceptLanguage?: string) {
  return call(handler, path, {
    method: "POST",
    headers: {
      "content-type": "application/json",
      "x-forwarded-for": visitorAddress(),
      ...(acceptLanguage === undefined ? {} : { "accept-language": acceptLanguage }),
    },
    body: JSON.stringify(body),
  });
}

const badContact = () => validContact({ name: "", email: "not an address", message: "short" });

describe("POST /api/contact with invalid input", () => {
  it("answers in Czech when the client prefers Czech", async () => {
    const { status, body } = await post(contact, "/api/contact", badContact(), CZECH);
    expect(status).toBe(400);
    const error = errorOf(body);
    expect(error.code).toBe("invalid_input");
    expect(error.message).toBe("Některá pole nejsou vyplněna správně.");
    expect(error.fields).toMatchObject({
      name: "Zadejte prosím své jméno.",
      email: "Zadejte prosím platný e-mail, například jmeno@example.com.",
      message: "Napište prosím alespoň 10 znaků.",
    });
  });

  it.each([
    ["no Accept-Language", undefined],
    ["a language the shop does not speak", "de-DE,de;q=0.9"],
    ["English first", "en-GB,en;q=0.9,cs;q=0.5"],
  ])("answers in English with %s", async (_label, acceptLanguage) => {
    const { status, body } = await post(contact, "/api/contact", badContact(), acceptLanguage);
    expect(status).toBe(400);
    const error = errorOf(body);
    expect(error.code).toBe("invalid_input");
    expect(error.message).toBe("Some fields are not valid.");
    expect(error.fields).toMatchObject({
      name: "Please enter your name.",
      email: "Please enter a valid e-mail address, such as name@example.com.",
      message: "Please write at least 10 characters.",
    });
  });
});

describe("POST /api/account (registration) with invalid input", () => {
  const input = { name: "", email: "jana@", password: "short" };

  it("gives each field's message in Czech", async () => {
    const error = errorOf((await post(register, "/api/account", input, CZECH)).body);
    expect(error.code).toBe("invalid_input");
    expect(error.fields).toMatchObject({
      name: "Zadejte své jméno.",
      email: "Zadejte platný e-mail, například jmeno@example.com.",
      password: "Použijte alespoň 10 znaků.",
    });
  });

  it("and in English without a language", async () => {
    const error = errorOf((await post(register, "/api/account", input)).body);
    expect(error.fields).toMatchObject({
      name: "Enter your name.",
      email: "Enter a valid e-mail address, like name@example.com.",
      password: "Use at least 10 characters.",
    });
  });
});

describe("POST /api/checkout", () => {
  const order = () => ({
    email: `jana-${randomUUID().slice(0, 8)}@example.cz`,
    shippingAddress: { name: "Jana Nováková", line1: "Dlouhá 12", city: "Praha", postalCode: "110 00", country: "CZ" },
    shippingMethodId: randomUUID(),
    paymentMethod: "test",
    idempotencyKey: randomUUID(),
    termsAccepted: true,
  });

  it("refuses a missing field and the unaccepted terms in Czech", async () => {
    const base = order();
    const input = { ...base, shippingAddress: { ...base.shippingAddress, city: "" }, termsAccepted: undefined };
    const { status, body } = await post(checkout, "/api/checkout", input, CZECH);
    expect(status).toBe(400);
    const error = errorOf(body);
    expect(error.code).toBe("invalid_input");
    expect(error.fields).toMatchObject({
      "shippingAddress.city": "Zadejte město.",
      termsAccepted:
        "Pro odeslání objednávky potvrďte souhlas s obchodními podmínkami a zásadami ochrany osobních údajů.",
    });
  });

  it("refuses in Czech what domain code refuses (no cart, an unknown delivery), with the same code", async () => {
    const czech = errorOf((await post(checkout, "/api/checkout", order(), CZECH)).body);
    const english = errorOf((await post(checkout, "/api/checkout", order())).body);
    expect(czech.code).toBe(english.code);
    expect(czech.message).not.toBe(english.message);
    expect(czech.message).toBe(translateServerText(english.message, "cs"));
  });

  it("refuses a body that is not JSON in Czech", async () => {
    const { status, body } = await call(checkout, "/api/checkout", {
      method: "POST",
      headers: { "content-type": "application/json", "accept-language": CZECH },
      body: "{not json",
    });
    expect(status).toBe(400);
    expect(errorOf(body)).toMatchObject({ code: "invalid_input", message: "Tělo požadavku není platný JSON." });
  });
});
