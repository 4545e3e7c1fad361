import type { AuthOptions, LoggerInstance } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { endAllSessions } from "@/lib/accounts/end-all-sessions";
import { userForSession } from "@/lib/accounts/user-for-session";
import { db } from "@/lib/db";
import type { AppError } from "@/lib/errors";
import { toAppError } from "@/lib/http/error-response";
import { log } from "@/lib/log";
import type { SignInStep } from "@/lib/two-factor/sign-in-step";
import { signInWithPassword } from "./credentials-sign-in";
import { afterSessionOpened } from "./open-session";
import { setPendingSignIn } from "./session";
import {
  SESSION_COOKIE,
  SESSION_MAX_AGE_SECONDS,
  authSecret,
  claimsFromToken,
  secureCookies,
  sessionCookieOptions,
} from "./session-token";

// next-auth is the session layer: its JWT strategy with the shop's cookie name, secret and claims (so a cookie from
// lib/auth/session-token.ts and one from next-auth are the same thing), its Credentials provider running the shop's
// password check, and its routes under /api/auth. The options are built per request, so that what happened inside
// authorize() (a refusal with its status, or a second factor still to come) reaches the caller, which answers in
// the shop's own way: a form message, a JSON error with Retry-After, or the two-factor page.

/** What a credentials sign-in came to, beyond next-auth's own answer. */
export interface SignInOutcome {
  refusal?: AppError;
  step?: SignInStep;
}

/** The page that takes over from a correct password when a second factor (or its set-up) comes first. */
export function secondFactorPage(step: SignInStep, next: string): string {
  const page = step.kind === "enrol" ? "/login/two-factor/setup" : "/login/two-factor";
  return `${page}?next=${encodeURIComponent(next)}`;
}

const logger: LoggerInstance = {
  error: (code, metadata) => log.warn("next-auth", { code, detail: metadata instanceof Error ? metadata.message : "" }),
  warn: (code) => log.warn("next-auth", { code }),
  debug: () => undefined,
};

export function nextAuthOptions(outcome: SignInOutcome, next = "/account"): AuthOptions {
  return {
    secret: authSecret(),
    useSecureCookies: secureCookies,
    session: { strategy: "jwt", maxAge: SESSION_MAX_AGE_SECONDS },
    jwt: { maxAge: SESSION_MAX_AGE_SECONDS },
    cookies: {
      sessionToken: { name: SESSION_COOKIE, options: { ...sessionCookieOptions, maxAge: undefined } },
    },
    // The shop's own pages; next-auth's built-in ones never show.
    pages: { signIn: "/login", signOut: "/logout", error: "/login" },
    logger,
    providers: [
      CredentialsProvider({
        id: "credentials",
        name: "E-mail and password",
        credentials: { email: { type: "email" }, password: { type: "password" } },
        async authorize(credentials) {
          try {
            const { userId, step } = await signInWithPassword(credentials);
            outcome.step = step;
            return { id: userId };
          } catch (error) {
            outcome.refusal = toAppError(error);
            throw new Error(outcome.refusal.code);
          }
        },
      }),
    ],
    callbacks: {
      // A correct password for an account with a second factor opens no session: the pending cookie and the
      // two-factor page take over (lib/two-factor), as with every other way of signing in.
      async signIn() {
        const step = outcome.step;
        if (!step) return false;
        if (step.kind === "session") return true;
        await setPendingSignIn(step.pendingToken);
        return secondFactorPage(step, next);
      },
      // The token carries only the account id, its session version and whether a second factor was passed; every
      // later request checks them against the database, so logout or a password change ends older cookies.
      async jwt({ token, trigger }) {
        const step = outcome.step;
        if (trigger === "signIn" && step?.kind === "session") {
          const { userId, sessionVersion, secondFactor } = step.claims;
          return { sub: userId, sv: sessionVersion, mf: secondFactor };
        }
        const claims = claimsFromToken(token);
        if (!(await userForSession(db, claims))) throw new Error("the session has ended");
        return token;
      },
      async session({ session, token }) {
        const user = await userForSession(db, claimsFromToken(token));
        if (!user) return { expires: session.expires };
        const shown = {
          expires: session.expires,
          user: { id: user.id, email: user.email, name: user.name, role: user.role },
        };
        return shown;
      },
    },
    events: {
      async signIn() {
        if (outcome.step?.kind === "session") await afterSessionOpened(outcome.step);
      },
      // Signing out ends the account's sessions on every device, as the shop's logout always has.
      async signOut({ token }) {
        const user = await userForSession(db, claimsFromToken(token));
        if (user) await endAllSessions(db, user.id);
      },
    },
  };
}
