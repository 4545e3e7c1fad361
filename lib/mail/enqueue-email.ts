import type { Tx } from "@/lib/db";
import { type EmailPayload, type EmailRequest, type EmailTemplate, emailPayloadSchemas } from "./messages";

// Header injection guard: a recipient never contains CR/LF or more than one address.
const SINGLE_ADDRESS = /^[^\s@<>,;"\r\n]+@[^\s@<>,;"\r\n]+$/;

/** An outbox row, checked: one recipient address, a payload its template accepts. */
export interface OutboxRow {
  template: EmailTemplate;
  to: string;
  payload: EmailPayload<EmailTemplate>;
  dedupeKey: string | null;
}

export function outboxRow<T extends EmailTemplate>(request: EmailRequest<T>): OutboxRow {
  if (!SINGLE_ADDRESS.test(request.to)) throw new Error(`invalid e-mail recipient for ${request.template}`);
  const payload = emailPayloadSchemas[request.template].parse(request.payload);
  return { template: request.template, to: request.to, payload, dedupeKey: request.dedupeKey ?? null };
}

/**
 * Writes an e-mail to the outbox inside the caller's transaction, so it is sent if and only if the change that
 * caused it commits. Returns false when a message with the same dedupe key was already queued.
 */
export async function enqueueEmail<T extends EmailTemplate>(tx: Tx, request: EmailRequest<T>): Promise<boolean> {
  const row = outboxRow(request);
  const rows = await tx.$executeRaw`
    INSERT INTO email_outbox (id, template, recipient, payload, "dedupeKey")
    VALUES (gen_random_uuid(), ${row.template}, ${row.to}, ${JSON.stringify(row.payload)}::jsonb, ${row.dedupeKey})
    ON CONFLICT ("dedupeKey") DO NOTHING`;
  return rows === 1;
}
