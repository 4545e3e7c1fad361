import type { Tx } from "@/lib/db";
import { type EmailRequest, type EmailTemplate, emailPayloadSchemas } from "./messages";

// Header injection guard: a recipient never contains CR/LF or more than one address.
const SINGLE_ADDRESS = /^[^\s@<>,;"\r\n]+@[^\s@<>,;"\r\n]+$/;

/**
 * Writes an e-mail to the outbox inside the caller's transaction, so it is sent if and only if the change that
 * caused it commits. Returns false when a message with the same dedupe key was already queued.
 */
export async function enqueueEmail<T extends EmailTemplate>(tx: Tx, request: EmailRequest<T>): Promise<boolean> {
  if (!SINGLE_ADDRESS.test(request.to)) throw new Error(`invalid e-mail recipient for ${request.template}`);
  const payload = emailPayloadSchemas[request.template].parse(request.payload);
  const rows = await tx.$executeRaw`
    INSERT INTO email_outbox (id, template, recipient, payload, "dedupeKey")
    VALUES (gen_random_uuid(), ${request.template}, ${request.to}, ${JSON.stringify(payload)}::jsonb, ${request.dedupeKey ?? null})
    ON CONFLICT ("dedupeKey") DO NOTHING`;
  return rows === 1;
}
