import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { PATCH as renamePasskey, DELETE as removePasskey } from "@/app/api/account/passkeys/[id]/route";
import { POST as registrationOptions } from "@/app/api/account/passkeys/options/route";
import { GET as listPasskeys, POST as registerPasskey } from "@/app/api/account/passkeys/route";
import { POST as authenticationOptions } from "@/app/api/session/passkey/options/route";
import { POST as signInWithPasskey } from "@/app/api/session/passkey/route";
import { SESSION_COOKIE, issueSessionToken } from "@/lib/auth/session-token";
import { createDb } from "@/lib/db/client";
import { PASSKEY_CHALLENGE_COOKIE, issueChallengeCookie } from "@/lib/passkeys/challenge-cookie";
import { call, errorOf } from "../support/route";

// The passkey API refuses what it must, with a 4xx and a message, and stores nothing: no session, someone else's
// passkey, an expired or missing challenge, malformed or hostile bodies, a credential the shop does not know, a
// cross-site call. (Creating and using a real passkey is tests/e2e/passkeys.spec.ts, with Chromium's authenticator.)

const db = createDb(inject("databaseUrl"), 2);
let cookie = "";
let userId = "";
let othersPasskeyId = "";

beforeAll(async () => {
  const user = await db.user.create({
    data: { email: `passkeys-${randomUUID().slice(0, 8)}@example.com`, name: "Passkey API", passwordHash: "x" },
  });
  userId = user.id;
  cookie = `${SESSION_COOKIE}=${await issueSessionToken({ userId, sessionVersion: 0, secondFactor: false })}`;
  const other = await db.user.create({
    data: { email: `passkeys-other-${randomUUID().slice(0, 8)}@example.com`, name: "Other", passwordHash: "x" },
  });
  const passkey = await db.passkey.create({
    data: {
      userId: other.id,
      credentialId: `cred-${randomUUID()}`,
      publicKey: Buffer.from([1, 2, 3]),
      name: "Theirs",
    },
  });
  othersPasskeyId = passkey.id;
});
afterAll(() => db.$disconnect());

const json = (body: unknown, headers: Record<string, string> = {}) => ({
  method: "POST",
  headers: { "content-type": "application/json", ...headers },
  body: JSON.stringify(body),
});

const fakeAuthentication = (id = "AAAA") => ({
  response: {
    id,
    rawId: id,
    type: "public-key",
    clientExtensionResults: {},
    response: { clientDataJSON: "AAAA", authenticatorData: "AAAA", signature: "AAAA" },
  },
});

describe("passkey API refusals", () => {
  it("asks for a session before listing, creating options or registering", async () => {
    expect((await call(listPasskeys, "/api/account/passkeys")).status).toBe(401);
    expect((await call(registrationOptions, "/api/account/passkeys/options", { method: "POST" })).status).toBe(401);
    // Who is asking is settled before the body is read: a stranger learns nothing from validation.
    const res = await call(registerPasskey, "/api/account/passkeys", json({ name: "x", response: {} }));
    expect(res.status).toBe(401);
  });

  it("gives registration options to a signed-in account, with its challenge in a signed cookie", async () => {
    const res = await call(registrationOptions, "/api/account/passkeys/options", {
      method: "POST",
      headers: { cookie },
    });
    expect(res.status).toBe(200);
    const options = res.body as { challenge: string; rp: { id: string }; authenticatorSelection: object };
    expect(options.rp.id).toBe("localhost");
    expect(options.authenticatorSelection).toMatchObject({ residentKey: "required", userVerification: "required" });
    expect(res.headers.get("set-cookie")).toMatch(new RegExp(`^${PASSKEY_CHALLENGE_COOKIE}=register\\.`));
  });

  it("refuses a registration without its challenge, or with one issued to another account", async () => {
    const body = {
      name: "Laptop",
      response: {
        id: "AAAA",
        rawId: "AAAA",
        type: "public-key",
        clientExtensionResults: {},
        response: { clientDataJSON: "AAAA", attestationObject: "AAAA" },
      },
    };
    const none = await call(registerPasskey, "/api/account/passkeys", json(body, { cookie }));
    expect(none.status).toBe(400);
    expect(errorOf(none.body).message).toBe("The passkey request has expired. Please try again.");
    const foreign = `${PASSKEY_CHALLENGE_COOKIE}=${issueChallengeCookie("register", "abc", randomUUID())}`;
    const res = await call(registerPasskey, "/api/account/passkeys", json(body, { cookie: `${cookie}; ${foreign}` }));
    expect(res.status).toBe(400);
    const mine = `${PASSKEY_CHALLENGE_COOKIE}=${issueChallengeCookie("register", "abc", userId)}`;
    const forged = await call(registerPasskey, "/api/account/passkeys", json(body, { cookie: `${cookie}; ${mine}` }));
    expect(forged.status).toBe(400);
    expect(errorOf(forged.body).message).toBe("The passkey could not be verified. Please try again.");
    expect(await db.passkey.count({ where: { userId } })).toBe(0);
  });

  it.each([
    ["an empty name", { name: "  " }, "name"],
    ["a name with NUL", { name: "La\u0000ptop" }, "name"],
    ["a too long name", { name: "x".repeat(61) }, "name"],
    ["an unknown field", { name: "ok", admin: true }, "admin"],
  ])("refuses %s when renaming", async (_case, body, field) => {
    const res = await call(renamePasskey, `/api/account/passkeys/${randomUUID()}`, {
      ...json(body, { cookie }),
      method: "PATCH",
      params: { id: randomUUID() },
    });
    expect(res.status).toBe(400);
    expect(errorOf(res.body).fields?.[field]).toBeTruthy();
  });

  it("does not rename or remove another account's passkey", async () => {
    const rename = await call(renamePasskey, `/api/account/passkeys/${othersPasskeyId}`, {
      ...json({ name: "Mine now" }, { cookie }),
      method: "PATCH",
      params: { id: othersPasskeyId },
    });
    expect(rename.status).toBe(404);
    const remove = await call(removePasskey, `/api/account/passkeys/${othersPasskeyId}`, {
      method: "DELETE",
      headers: { cookie },
      params: { id: othersPasskeyId },
    });
    expect(remove.status).toBe(404);
    expect((await db.passkey.findUniqueOrThrow({ where: { id: othersPasskeyId } })).name).toBe("Theirs");
  });

  it("gives sign-in options to anyone, and refuses a sign-in without a challenge or with an unknown passkey", async () => {
    const options = await call(authenticationOptions, "/api/session/passkey/options", { method: "POST" });
    expect(options.status).toBe(200);
    expect((options.body as { userVerification: string }).userVerification).toBe("required");

    const none = await call(signInWithPasskey, "/api/session/passkey", json(fakeAuthentication()));
    expect(none.status).toBe(400);
    const challenge = `${PASSKEY_CHALLENGE_COOKIE}=${issueChallengeCookie("authenticate", "abc")}`;
    const unknown = await call(
      signInWithPasskey,
      "/api/session/passkey",
      json(fakeAuthentication("bm9ib2R5"), { cookie: challenge }),
    );
    expect(unknown.status).toBe(401);
    expect(errorOf(unknown.body).message).toBe("That passkey could not sign you in. Use another one or your password.");
    expect(unknown.headers.get("set-cookie")).toBeNull();
    // A registration challenge is not a sign-in challenge.
    const wrongKind = `${PASSKEY_CHALLENGE_COOKIE}=${issueChallengeCookie("register", "abc")}`;
    const res = await call(
      signInWithPasskey,
      "/api/session/passkey",
      json(fakeAuthentication(), { cookie: wrongKind }),
    );
    expect(res.status).toBe(400);
  });

  it("refuses malformed, oversized and cross-site sign-in bodies", async () => {
    const malformed = await call(signInWithPasskey, "/api/session/passkey", json({ response: { id: "not base64!" } }));
    expect(malformed.status).toBe(400);
    expect(errorOf(malformed.body).code).toBe("invalid_input");
    const big = await call(
      signInWithPasskey,
      "/api/session/passkey",
      json({ response: { ...fakeAuthentication().response, id: "A".repeat(40_000) } }),
    );
    expect(big.status).toBe(413);
    const crossSite = await call(
      signInWithPasskey,
      "/api/session/passkey",
      json(fakeAuthentication(), { origin: "https://evil.example" }),
    );
    expect(crossSite.status).toBe(403);
  });
});
