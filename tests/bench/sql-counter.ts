// Loaded into the benchmarked server with `node --require`: counts every statement the app sends to PostgreSQL
// (the pg driver under Prisma's adapter; BEGIN and COMMIT included) and reports the count over a loopback HTTP
// port, so the benchmark can work out statements per request for a route. Never part of the shop itself.
import { createServer } from "node:http";
import pg from "pg";

let statements = 0;
// The driver's query has many overloads; the counter passes every call through unchanged.
const prototype = pg.Client.prototype as unknown as { query: (this: pg.Client, ...args: unknown[]) => unknown };
const query = prototype.query;
prototype.query = function countedQuery(this: pg.Client, ...args: unknown[]) {
  statements++;
  return query.apply(this, args);
};

const port = Number(process.env.BENCH_SQL_COUNTER_PORT ?? 0);
if (port > 0) {
  createServer((req, res) => {
    res.writeHead(200, { "content-type": "application/json" });
    res.end(JSON.stringify({ statements }));
  })
    .listen(port, "127.0.0.1")
    .unref();
}
