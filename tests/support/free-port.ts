import { createServer } from "node:net";

function canListen(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const server = createServer();
    server.once("error", () => resolve(false));
    server.listen(port, "127.0.0.1", () => server.close(() => resolve(true)));
  });
}

/**
 * A free TCP port in [from, to]: tests that start servers keep to the range they were given, since other test
 * runs share the machine. Starts at a random point so parallel runs rarely try the same port.
 */
export async function freePortIn(from: number, to: number): Promise<number> {
  const size = to - from + 1;
  const offset = Math.floor(Math.random() * size);
  for (let i = 0; i < size; i++) {
    const port = from + ((offset + i) % size);
    if (await canListen(port)) return port;
  }
  throw new Error(`no free port between ${from} and ${to}`);
}

/** Ports for the shop servers and databases the fault tests start. */
export const FAULT_APP_PORTS = [3400, 3499] as const;
export const FAULT_DB_PORTS = [54400, 54499] as const;
