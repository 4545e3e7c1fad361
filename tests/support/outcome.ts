import { AppError } from "@/lib/errors";

/** "ok" when the promise fulfils, else the AppError's code (anything else is rethrown): races count outcomes. */
export async function outcome(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
    return "ok";
  } catch (error) {
    if (error instanceof AppError) return error.code;
    throw error;
  }
}
