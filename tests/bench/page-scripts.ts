import { gzipSync } from "node:zlib";

/**
 * The JavaScript a page makes a current browser load: its <script src> files (not the noModule ones) and the
 * scripts written into the HTML.
 */
export interface ScriptBytes {
  files: number;
  /** The files as served, uncompressed. */
  raw: number;
  /** The same files gzipped at level 6 (what a compressing proxy sends). */
  gzip: number;
  /** Inline <script> bodies in the HTML (the React Server Components payload and bootstrap). */
  inline: number;
  /** Every file with its sizes, largest first. */
  sizes: { src: string; raw: number; gzip: number }[];
  /** False when the page asks search engines not to index it. */
  indexable: boolean;
}

export async function measureScripts(url: string, cookie: string | undefined): Promise<ScriptBytes> {
  const headers: Record<string, string> = cookie ? { cookie } : {};
  const response = await fetch(url, { headers });
  if (!response.ok) throw new Error(`${url} answered ${response.status}`);
  const html = await response.text();
  // noModule scripts (Next.js's polyfills for old browsers) are skipped by every browser that runs modules.
  const tags = [...html.matchAll(/<script[^>]*\ssrc="([^"]+)"[^>]*>/g)].filter((m) => !/\snomodule/i.test(m[0]));
  const sources = [...new Set(tags.map((m) => m[1] ?? ""))];
  const inline = [...html.matchAll(/<script(?![^>]*\ssrc=)[^>]*>([\s\S]*?)<\/script>/g)].reduce(
    (sum, m) => sum + Buffer.byteLength(m[1] ?? ""),
    0,
  );
  const sizes = await Promise.all(
    sources.map(async (src) => {
      const body = Buffer.from(
        await (await fetch(new URL(src.replace(/&amp;/g, "&"), url), { headers })).arrayBuffer(),
      );
      return { src, raw: body.length, gzip: gzipSync(body, { level: 6 }).length };
    }),
  );
  sizes.sort((a, b) => b.raw - a.raw);
  const robots = /<meta name="robots" content="([^"]*)"/.exec(html)?.[1] ?? "";
  return {
    files: sizes.length,
    raw: sizes.reduce((sum, s) => sum + s.raw, 0),
    gzip: sizes.reduce((sum, s) => sum + s.gzip, 0),
    inline,
    sizes,
    indexable: !robots.includes("noindex"),
  };
}
