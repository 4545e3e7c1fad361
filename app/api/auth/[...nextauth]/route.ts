import { nextAuthRoute } from "@/lib/auth/next-auth-route";

// next-auth's standard routes: GET csrf, session, providers, signin, signout; POST signin, signout,
// callback/credentials and session. The more specific /api/auth/oidc/… routes (OpenID Connect) keep their own
// handlers. Access: public; what each action allows is next-auth's and the shop's sign-in rules.

export const GET = nextAuthRoute;
export const POST = nextAuthRoute;
