import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import pg from "pg";

// The e2e server's fresh database, shared with the browser tests through a file named by the server's port.
// (Playwright loads tests as CommonJS, which the generated ESM Prisma client does not support: plain SQL here.)
const fileFor = (port: number) => path.join(".data", `e2e-database-${port}.url`);

export function writeE2eDatabaseUrl(port: number, url: string): void {
  mkdirSync(".data", { recursive: true });
  writeFileSync(fileFor(port), url, { mode: 0o600 });
}

export async function withE2eDatabase<T>(fn: (client: pg.Client) => Promise<T>): Promise<T> {
  const port = Number(process.env.E2E_PORT ?? 3100);
  const client = new pg.Client({ connectionString: readFileSync(fileFor(port), "utf8").trim() });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

/** The newest password-reset link queued for an address. */
export async function latestResetUrl(email: string): Promise<string> {
  return withE2eDatabase(async (client) => {
    const { rows } = await client.query<{ url: string }>(
      `SELECT payload->>'resetUrl' AS url FROM email_outbox
        WHERE recipient = $1 AND template = 'password-reset' ORDER BY "createdAt" DESC LIMIT 1`,
      [email],
    );
    const url = rows[0]?.url;
    if (!url) throw new Error(`no reset e-mail queued for ${email}`);
    return url;
  });
}
