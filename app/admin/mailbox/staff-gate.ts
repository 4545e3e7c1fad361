import { notFound, redirect } from "next/navigation";
import { requireStaff } from "@/lib/auth/guards";
import { AppError } from "@/lib/errors";

/** Pages: a visitor who is not signed in goes to the sign-in page; a signed-in non-staff user sees 404. */
export async function staffGate(returnTo: string) {
  try {
    return await requireStaff();
  } catch (error) {
    if (error instanceof AppError && error.code === "unauthenticated") {
      redirect(`/login?next=${encodeURIComponent(returnTo)}`);
    }
    if (error instanceof AppError && error.code === "forbidden") notFound();
    throw error;
  }
}
