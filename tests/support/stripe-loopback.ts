import { createHash, randomUUID } from "node:crypto";
import { type IncomingMessage, type Server, type ServerResponse, createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { stripeClient } from "@/lib/payments/stripe-provider";

// Stripe's API cannot be reached from tests, so a server on loopback stands in for it at the network edge. It
// answers the calls the shop makes for refunds with objects shaped as Stripe documents them (Checkout Session,
// Refund, PaymentIntent), replays a response for a repeated Idempotency-Key as Stripe does, and records what it
// was sent. The Stripe SDK and every byte the shop sends are real.

export type RefundMode = "succeeded" | "pending" | "server_error" | "refused";

export interface StripeCall {
  method: string;
  path: string;
  idempotencyKey: string | undefined;
  form: URLSearchParams;
}

export interface StripeLoopback {
  client: ReturnType<typeof stripeClient>;
  calls: StripeCall[];
  /** How POST /v1/refunds answers. */
  mode: RefundMode;
  /** Runs before POST /v1/refunds answers, with the refund it will return (e.g. to deliver its webhook first). */
  beforeRefundAnswer: ((refund: StripeRefundObject) => Promise<void>) | null;
  /** PaymentIntent id → its metadata, for GET /v1/payment_intents/{id}. */
  intentMetadata: Map<string, Record<string, string>>;
  close(): Promise<void>;
}

export interface StripeRefundObject {
  id: string;
  object: "refund";
  amount: number;
  balance_transaction: string | null;
  charge: string;
  created: number;
  currency: string;
  metadata: Record<string, string>;
  payment_intent: string;
  reason: string | null;
  receipt_number: string | null;
  source_transfer_reversal: null;
  status: string;
  transfer_reversal: null;
}

/** The PaymentIntent the loopback says a Checkout Session was paid with (stable per session). */
export function intentOfSession(sessionId: string): string {
  return `pi_${createHash("sha256").update(sessionId).digest("hex").slice(0, 24)}`;
}

export function stripeRefundObject(fields: Partial<StripeRefundObject> & { amount: number; payment_intent: string }) {
  return {
    id: `re_${randomUUID().replaceAll("-", "").slice(0, 24)}`,
    object: "refund" as const,
    balance_transaction: `txn_${randomUUID().replaceAll("-", "").slice(0, 24)}`,
    charge: `ch_${randomUUID().replaceAll("-", "").slice(0, 24)}`,
    created: Math.floor(Date.now() / 1000),
    currency: "eur",
    metadata: {},
    reason: null,
    receipt_number: null,
    source_transfer_reversal: null,
    status: "succeeded",
    transfer_reversal: null,
    ...fields,
  };
}

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString();
}

function json(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { "content-type": "application/json", "request-id": `req_${randomUUID().slice(0, 8)}` });
  res.end(JSON.stringify(body));
}

export async function startStripeLoopback(): Promise<StripeLoopback> {
  const replies = new Map<string, { status: number; body: unknown }>();
  const state: Omit<StripeLoopback, "client" | "close"> = {
    calls: [],
    mode: "succeeded",
    beforeRefundAnswer: null,
    intentMetadata: new Map(),
  };

  async function answer(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const form = new URLSearchParams(await readBody(req));
    const path = (req.url ?? "").split("?")[0] ?? "";
    const idempotencyKey = req.headers["idempotency-key"] as string | undefined;
    state.calls.push({ method: req.method ?? "", path, idempotencyKey, form });

    const session = /^\/v1\/checkout\/sessions\/([\w-]+)$/.exec(path);
    if (req.method === "GET" && session?.[1]) {
      json(res, 200, {
        id: session[1],
        object: "checkout.session",
        mode: "payment",
        payment_intent: intentOfSession(session[1]),
        payment_status: "paid",
        status: "complete",
      });
      return;
    }
    const intent = /^\/v1\/payment_intents\/([\w-]+)$/.exec(path);
    if (req.method === "GET" && intent?.[1]) {
      json(res, 200, {
        id: intent[1],
        object: "payment_intent",
        status: "succeeded",
        metadata: state.intentMetadata.get(intent[1]) ?? {},
      });
      return;
    }
    if (req.method === "POST" && path === "/v1/refunds") {
      const replay = idempotencyKey ? replies.get(idempotencyKey) : undefined;
      if (replay) {
        json(res, replay.status, replay.body);
        return;
      }
      if (state.mode === "server_error") {
        json(res, 500, { error: { type: "api_error", message: "Something went wrong on Stripe's end." } });
        return;
      }
      if (state.mode === "refused") {
        const body = {
          error: {
            type: "invalid_request_error",
            code: "charge_already_refunded",
            message: "Charge ch_123 has already been refunded.",
          },
        };
        if (idempotencyKey) replies.set(idempotencyKey, { status: 400, body });
        json(res, 400, body);
        return;
      }
      const metadata: Record<string, string> = {};
      for (const [key, value] of form) {
        const name = /^metadata\[(\w+)\]$/.exec(key)?.[1];
        if (name) metadata[name] = value;
      }
      const refund = stripeRefundObject({
        amount: Number(form.get("amount")),
        payment_intent: form.get("payment_intent") ?? "",
        metadata,
        status: state.mode,
      });
      if (state.beforeRefundAnswer) await state.beforeRefundAnswer(refund);
      if (idempotencyKey) replies.set(idempotencyKey, { status: 200, body: refund });
      json(res, 200, refund);
      return;
    }
    json(res, 404, { error: { type: "invalid_request_error", message: `Unrecognized request URL (${path}).` } });
  }

  const server: Server = createServer((req, res) => {
    answer(req, res).catch((error: unknown) =>
      json(res, 500, { error: { type: "api_error", message: String(error) } }),
    );
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  const loopback = state as StripeLoopback;
  loopback.client = stripeClient("sk_test_0123456789abcdefghijklmn", { host: "127.0.0.1", port, protocol: "http" });
  loopback.close = () => new Promise<void>((resolve) => server.close(() => resolve()));
  return loopback;
}
