import { describe, expect, it } from "vitest";
import { EnvError, parseEnv } from "@/lib/env";

describe("parseEnv", () => {
  it("applies defaults for an empty environment", () => {
    const env = parseEnv({});
    expect(env.DATABASE_URL).toBeUndefined();
    expect(env.PORT).toBe(3000);
    expect(env.SHOP_CURRENCY).toBe("EUR");
  });

  it("points links at the shop's own port when PUBLIC_BASE_URL is not set", () => {
    expect(parseEnv({}).PUBLIC_BASE_URL).toBe("http://localhost:3000");
    expect(parseEnv({ PORT: "4123" }).PUBLIC_BASE_URL).toBe("http://localhost:4123");
    expect(parseEnv({ PORT: "4123", PUBLIC_BASE_URL: "" }).PUBLIC_BASE_URL).toBe("http://localhost:4123");
    expect(parseEnv({ PORT: "4123", PUBLIC_BASE_URL: "https://shop.example" }).PUBLIC_BASE_URL).toBe(
      "https://shop.example",
    );
  });

  it("treats empty strings as unset", () => {
    expect(parseEnv({ DATABASE_URL: "" }).DATABASE_URL).toBeUndefined();
  });

  it("names every invalid variable in one error", () => {
    const attempt = () => parseEnv({ DATABASE_URL: "mysql://x", PORT: "http", SHOP_CURRENCY: "euro" });
    expect(attempt).toThrow(EnvError);
    try {
      attempt();
    } catch (error) {
      const message = (error as Error).message;
      expect(message).toContain("DATABASE_URL");
      expect(message).toContain("PORT");
      expect(message).toContain("SHOP_CURRENCY");
    }
  });

  it.each([
    ["a Stripe key without its webhook secret", { STRIPE_SECRET_KEY: "sk_test_abc123" }, "STRIPE_WEBHOOK_SECRET"],
    ["a webhook secret without a Stripe key", { STRIPE_WEBHOOK_SECRET: "whsec_abc123" }, "STRIPE_SECRET_KEY"],
    [
      "test mode with a live Stripe key",
      { PAYMENT_TEST_MODE: "on", STRIPE_SECRET_KEY: "sk_live_abc123", STRIPE_WEBHOOK_SECRET: "whsec_abc123" },
      "PAYMENT_TEST_MODE",
    ],
    [
      "test mode with a live restricted key",
      { PAYMENT_TEST_MODE: "on", STRIPE_SECRET_KEY: "rk_live_abc123", STRIPE_WEBHOOK_SECRET: "whsec_abc123" },
      "PAYMENT_TEST_MODE",
    ],
  ])("refuses %s, naming the variable", (_label, source, variable) => {
    expect(() => parseEnv(source)).toThrow(EnvError);
    expect(() => parseEnv(source)).toThrow(new RegExp(`^Invalid environment configuration:\\n  ${variable}: `));
  });

  it("accepts consistent payment settings", () => {
    const stripe = { STRIPE_SECRET_KEY: "sk_live_abc123", STRIPE_WEBHOOK_SECRET: "whsec_abc123" };
    expect(parseEnv(stripe).STRIPE_SECRET_KEY).toBe("sk_live_abc123");
    expect(parseEnv({ ...stripe, PAYMENT_TEST_MODE: "off" }).PAYMENT_TEST_MODE).toBe("off");
    const testKeys = { STRIPE_SECRET_KEY: "sk_test_abc123", STRIPE_WEBHOOK_SECRET: "whsec_abc123" };
    expect(parseEnv({ ...testKeys, PAYMENT_TEST_MODE: "on" }).PAYMENT_TEST_MODE).toBe("on");
    expect(parseEnv({}).PAYMENT_TEST_MODE).toBeUndefined();
  });
});
