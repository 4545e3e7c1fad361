// Next.js calls register() once when a server process starts: the mail worker starts with the shop.
export async function register(): Promise<void> {
  // NEXT_RUNTIME is set by Next.js itself, not configuration, so it is not part of lib/env.ts.
  // eslint-disable-next-line no-restricted-properties
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { startMailWorkerProcess } = await import("@/lib/runtime/mail-worker-process");
  startMailWorkerProcess();
}
