import { type Server, createServer } from "node:http";
import Provider from "oidc-provider";

// A real OpenID Connect provider (the oidc-provider package, certified) on loopback for the sign-in tests, with
// accounts the test defines: their subject, e-mail and whether the provider verified it. Its development login
// form takes any account id, which a scripted browser fills in.

export interface TestIdentity {
  email?: string;
  emailVerified: boolean;
  name?: string;
}

export interface TestProvider {
  issuer: string;
  clientId: string;
  clientSecret: string;
  identities: Map<string, TestIdentity>;
  close(): Promise<void>;
}

export async function startTestProvider(options: { port: number; redirectUris: string[] }): Promise<TestProvider> {
  // "localhost", not 127.0.0.1: the shop runs on 127.0.0.1, and cookies are kept per host, not per port.
  const issuer = `http://localhost:${options.port}`;
  const clientId = "shop";
  const clientSecret = "shop-client-secret-0123456789abcdefghijklmnop";
  const identities = new Map<string, TestIdentity>();
  const provider = new Provider(issuer, {
    clients: [
      {
        client_id: clientId,
        client_secret: clientSecret,
        redirect_uris: options.redirectUris,
        grant_types: ["authorization_code"],
        response_types: ["code"],
      },
    ],
    cookies: { keys: ["test-provider-cookie-key-0123456789"] },
    claims: { openid: ["sub"], email: ["email", "email_verified"], profile: ["name"] },
    // The e-mail claims go into the ID token itself, which is what the shop reads.
    conformIdTokenClaims: false,
    pkce: { required: () => true },
    features: { devInteractions: { enabled: true } },
    ttl: { Interaction: 600, Session: 3600, Grant: 3600, AccessToken: 600, IdToken: 600, AuthorizationCode: 60 },
    findAccount: (_ctx, id) => {
      const identity = identities.get(id);
      if (!identity) return undefined;
      return {
        accountId: id,
        claims: () => ({
          sub: id,
          ...(identity.email ? { email: identity.email, email_verified: identity.emailVerified } : {}),
          ...(identity.name ? { name: identity.name } : {}),
        }),
      };
    },
  });
  const handle = provider.callback();
  const server: Server = createServer((req, res) => void handle(req, res));
  await new Promise<void>((resolve) => server.listen(options.port, "127.0.0.1", resolve));
  return {
    issuer,
    clientId,
    clientSecret,
    identities,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

/**
 * A scripted browser: follows redirects itself, keeps cookies per host, and signs in at the test provider's login
 * and consent forms as `accountId` when it meets them.
 */
export class TestBrowser {
  readonly cookies = new Map<string, Map<string, string>>();

  cookieHeader(url: string): string {
    const jar = this.cookies.get(new URL(url).hostname);
    return jar ? [...jar].map(([k, v]) => `${k}=${v}`).join("; ") : "";
  }

  cookie(host: string, name: string): string | undefined {
    return this.cookies.get(host)?.get(name);
  }

  setCookie(host: string, name: string, value: string): void {
    const jar = this.cookies.get(host) ?? new Map<string, string>();
    jar.set(name, value);
    this.cookies.set(host, jar);
  }

  private keep(url: string, response: Response): void {
    const host = new URL(url).hostname;
    for (const line of response.headers.getSetCookie()) {
      const [pair = ""] = line.split(";");
      const at = pair.indexOf("=");
      const name = pair.slice(0, at).trim();
      const value = pair.slice(at + 1).trim();
      const expired = /max-age=0\b/i.test(line) || value === "";
      const jar = this.cookies.get(host) ?? new Map<string, string>();
      if (expired) jar.delete(name);
      else jar.set(name, value);
      this.cookies.set(host, jar);
    }
  }

  /** One request with this browser's cookies, no redirect followed. */
  async request(url: string, init: RequestInit = {}): Promise<Response> {
    const response = await fetch(url, {
      ...init,
      redirect: "manual",
      headers: { ...(init.headers as Record<string, string> | undefined), cookie: this.cookieHeader(url) },
    });
    this.keep(url, response);
    return response;
  }

  /**
   * Follows redirects from `url` until a page that is not the provider's, signing in as `accountId` on the way;
   * `stopAt` returns true for a URL the test wants to handle itself (it is returned unvisited).
   */
  async go(
    url: string,
    accountId: string,
    stopAt: (url: string) => boolean = () => false,
  ): Promise<{ url: string; response: Response | null }> {
    let current = url;
    let init: RequestInit = {};
    for (let hop = 0; hop < 20; hop++) {
      if (stopAt(current)) return { url: current, response: null };
      const response = await this.request(current, init);
      init = {};
      const location = response.headers.get("location");
      if (response.status >= 300 && response.status < 400 && location) {
        current = new URL(location, current).toString();
        continue;
      }
      const html = response.status === 200 ? await response.clone().text() : "";
      const form = /<form[^>]*action="([^"]+)"[^>]*method="post"/i.exec(html);
      const prompt = /name="prompt" value="(\w+)"/.exec(html)?.[1];
      if (form?.[1] && prompt) {
        current = new URL(form[1].replace(/&amp;/g, "&"), current).toString();
        const body = new URLSearchParams({ prompt, login: accountId, password: "any" });
        init = { method: "POST", body, headers: { "content-type": "application/x-www-form-urlencoded" } };
        continue;
      }
      return { url: current, response };
    }
    throw new Error("too many redirects");
  }
}
