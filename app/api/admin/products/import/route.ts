import { applyProductImport } from "@/lib/catalog-admin/apply-product-import";
import type { ImportProgress, ImportReport } from "@/lib/catalog-admin/import-types";
import { previewProductImport } from "@/lib/catalog-admin/preview-product-import";
import { importModeSchema } from "@/lib/catalog-admin/schemas";
import { db } from "@/lib/db";
import { adminHandler } from "@/lib/http/admin-handler";
import { bodyLimits } from "@/lib/http/body-limits";
import { localizedError, toAppError } from "@/lib/http/error-response";
import { readTextBody } from "@/lib/http/read-body";
import { languageFromAcceptLanguage } from "@/lib/i18n/languages";
import { describeError, log } from "@/lib/log";

// POST a product CSV (text/csv, at most 10 MB) with ?mode=preview (nothing written) or ?mode=apply (all rows in
// one transaction, or none). The answer is the report as JSON; with "Accept: application/x-ndjson" it is a stream
// of lines instead — {"type":"progress",…} while the file is read, checked and written, then {"type":"report",…}
// (or {"type":"error",…}) — which the import page uses for its progress bar. Problems are written in the client's
// language (Accept-Language), as error answers are.

type Line =
  | ({ type: "progress" } & ImportProgress)
  | { type: "report"; report: ImportReport }
  | { type: "error"; error: { code: string; message: string } };

const PROGRESS_EVERY_MS = 100;

export const POST = adminHandler(
  { access: "write", query: importModeSchema },
  async ({ request, query, actor, requestId }) => {
    const csv = await readTextBody(
      request,
      ["text/csv", "text/plain", "application/csv", "application/vnd.ms-excel"],
      bodyLimits.csv.maxBytes,
    );
    const language = languageFromAcceptLanguage(request.headers.get("accept-language"));
    const run = (onProgress?: (progress: ImportProgress) => void) =>
      query.mode === "apply"
        ? applyProductImport(db, actor, csv, onProgress, language)
        : previewProductImport(db, csv, onProgress, language);

    if (!(request.headers.get("accept") ?? "").includes("application/x-ndjson")) return run();

    const encoder = new TextEncoder();
    const stream = new ReadableStream<Uint8Array>({
      async start(controller) {
        const send = (line: Line) => controller.enqueue(encoder.encode(`${JSON.stringify(line)}\n`));
        let last = 0;
        try {
          const report = await run((progress) => {
            const now = Date.now();
            if (now - last < PROGRESS_EVERY_MS && progress.done < progress.total) return;
            last = now;
            send({ type: "progress", ...progress });
          });
          send({ type: "report", report });
        } catch (error) {
          const appError = toAppError(error, language);
          if (appError.code === "internal") log.error("product import failed", { requestId, ...describeError(error) });
          send({ type: "error", error: { code: appError.code, message: localizedError(appError, language).message } });
        }
        controller.close();
      },
    });
    return new Response(stream, {
      headers: {
        "content-type": "application/x-ndjson; charset=utf-8",
        "cache-control": "no-store",
        "x-content-type-options": "nosniff",
      },
    });
  },
);
