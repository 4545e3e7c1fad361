import { notFound, redirect } from "next/navigation";
import { requireAdmin, requireStaff } from "@/lib/auth/guards";
import type { CurrentUser } from "@/lib/accounts/types";
import { AppError } from "@/lib/errors";
import { localeHref } from "@/lib/i18n/paths";

// Every admin page calls one of these first. A visitor who is not signed in goes to the sign-in page in the page's
// language (/cs/admin → /cs/login, which brings them back to /cs/admin); a signed-in user without the role sees 404,
// so the admin area does not reveal what it holds.

async function gate(check: () => Promise<CurrentUser>, returnTo: string): Promise<CurrentUser> {
  try {
    return await check();
  } catch (error) {
    if (error instanceof AppError && error.code === "unauthenticated") {
      redirect(await localeHref(`/login?next=${encodeURIComponent(returnTo)}`));
    }
    if (error instanceof AppError && error.code === "forbidden") notFound();
    throw error;
  }
}

export const staffGate = (returnTo: string) => gate(requireStaff, returnTo);
export const adminGate = (returnTo: string) => gate(requireAdmin, returnTo);
