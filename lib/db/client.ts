import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/lib/generated/prisma/client";

export type Db = PrismaClient;
/** The client handed to a `$transaction` callback. */
export type Tx = Parameters<Parameters<PrismaClient["$transaction"]>[0]>[0];

export function createDb(connectionString: string, max = 10): PrismaClient {
  // A short connect timeout makes requests fail fast (503) while the database is down instead of queueing.
  const adapter = new PrismaPg({
    connectionString,
    max,
    connectionTimeoutMillis: 3_000,
    // Catalog search's typo tolerance: "jaket" is 0.44 word-similar to "Chore Jacket"; the default 0.6 misses it.
    options: "-c pg_trgm.word_similarity_threshold=0.4",
  });
  return new PrismaClient({ adapter });
}
