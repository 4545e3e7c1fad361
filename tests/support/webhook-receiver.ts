import { type IncomingHttpHeaders, type Server, createServer } from "node:http";
import type { AddressInfo } from "node:net";

// A webhook receiver on loopback: records every request it gets (headers and raw body) and answers as the test
// says. Requests are real HTTP over a real socket; nothing in the shop is replaced.

export interface ReceivedWebhook {
  headers: IncomingHttpHeaders;
  body: string;
  path: string;
}

export interface Answer {
  status: number;
  body?: string;
  headers?: Record<string, string>;
  delayMs?: number;
}

export interface WebhookReceiver {
  url: string;
  port: number;
  received: ReceivedWebhook[];
  answer: (request: ReceivedWebhook, index: number) => Answer;
  close(): Promise<void>;
}

export async function startWebhookReceiver(
  answer: (request: ReceivedWebhook, index: number) => Answer = () => ({ status: 200, body: "ok" }),
): Promise<WebhookReceiver> {
  const received: ReceivedWebhook[] = [];
  const receiver = { answer } as WebhookReceiver;
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (chunk: Buffer) => chunks.push(chunk));
    req.on("end", () => {
      const request = { headers: req.headers, body: Buffer.concat(chunks).toString("utf8"), path: req.url ?? "/" };
      received.push(request);
      const reply = receiver.answer(request, received.length - 1);
      const send = () => res.writeHead(reply.status, reply.headers ?? {}).end(reply.body ?? "");
      if (reply.delayMs) setTimeout(send, reply.delayMs);
      else send();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return Object.assign(receiver, {
    url: `http://127.0.0.1:${port}/hooks`,
    port,
    received,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  });
}

/** Polls until the condition holds; fails the test with the message after the time limit. */
export async function waitFor<T>(
  read: () => Promise<T>,
  done: (value: T) => boolean,
  message: string,
  timeoutMs = 15_000,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await read();
    if (done(value)) return value;
    if (Date.now() > deadline) throw new Error(`${message} (last: ${JSON.stringify(value)})`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}
