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
});
