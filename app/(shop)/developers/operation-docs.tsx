import { Fragment } from "react";
import { openApiDocument } from "@/lib/openapi/document";
import { type FieldRow, type JsonSchema, constraintNotes, fieldRows, typeLabel } from "@/lib/openapi/schema-rows";

// The page is rendered from the OpenAPI document itself (the one served at /api/openapi.json), so the two never
// disagree. Plain server-rendered HTML: no script, nothing from a CDN.

interface Parameter {
  name: string;
  in: string;
  required?: boolean;
  description?: string;
  schema?: JsonSchema;
}
interface MediaType {
  schema?: JsonSchema;
  example?: unknown;
}
interface Operation {
  operationId: string;
  tags: string[];
  summary: string;
  description?: string;
  security?: Record<string, string[]>[];
  parameters?: Parameter[];
  requestBody?: { content: Record<string, MediaType> };
  responses: Record<string, { description: string; content?: Record<string, MediaType> }>;
}
interface DocumentView {
  info: { title: string; description?: string };
  servers?: { url: string }[];
  tags?: { name: string }[];
  paths: Record<string, Record<string, Operation>>;
  components?: { schemas?: Record<string, JsonSchema> };
}

/** "Admin: catalog" → "admin-catalog": the area's page under /developers. */
export const areaSlug = (tag: string) =>
  tag
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "");

/** `code` in the document's descriptions becomes <code>. */
export function Prose({ text }: { text: string }) {
  const parts = text.split(/`([^`]+)`/);
  return (
    <>{parts.map((part, i) => (i % 2 === 1 ? <code key={i}>{part}</code> : <Fragment key={i}>{part}</Fragment>))}</>
  );
}

export function FieldTable({ caption, of, rows }: { caption: string; of?: string; rows: FieldRow[] }) {
  return (
    // Wide tables scroll sideways on small screens; the region is focusable so keyboard users can scroll it too,
    // and named after its operation so that the page's many regions stay distinct.
    <div className="api-table-wrap" role="region" aria-label={of ? `${caption}, ${of}` : caption} tabIndex={0}>
      <table className="api-table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">Field</th>
            <th scope="col">Type</th>
            <th scope="col">Required</th>
            <th scope="col">Notes</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.name}>
              <th scope="row">
                <code>{row.name}</code>
              </th>
              <td>{row.type}</td>
              <td>{row.required ? "yes" : "no"}</td>
              <td>
                {row.notes.map((note) => (
                  <span className="api-note" key={note}>
                    <Prose text={note} />
                  </span>
                ))}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function audienceOf(op: Operation): string {
  const schemes = (op.security ?? []).flatMap((s) => Object.keys(s));
  if (schemes.includes("apiToken")) return "Staff: a staff session cookie or a personal API token (Bearer).";
  if (schemes.includes("session")) return "A signed-in customer (session cookie).";
  return "";
}

export function OperationDocs({
  method,
  path,
  op,
  components,
}: {
  method: string;
  path: string;
  op: Operation;
  components: Record<string, JsonSchema>;
}) {
  const body = op.requestBody?.content["application/json"];
  // Uploads and files: a form's fields, or a file sent as the body.
  const [uploadType, upload] = Object.entries(op.requestBody?.content ?? {}).find(
    ([type]) => type !== "application/json",
  ) ?? [undefined, undefined];
  const uploadRows = upload?.schema ? fieldRows(upload.schema, components) : [];
  const parameters = op.parameters ?? [];
  const statuses = Object.entries(op.responses);
  const success = statuses.filter(([status]) => status.startsWith("2"));
  const failures = statuses.filter(([status]) => !status.startsWith("2"));
  const audience = audienceOf(op);
  const title = `${method.toUpperCase()} ${path}`;
  return (
    <article className="api-op" id={op.operationId} aria-labelledby={`${op.operationId}-title`}>
      <h3 id={`${op.operationId}-title`}>
        <span className={`api-method api-method-${method}`}>{method.toUpperCase()}</span> <code>{path}</code>
      </h3>
      <p className="api-summary">{op.summary}.</p>
      {op.description ? (
        <p>
          <Prose text={op.description} />
        </p>
      ) : null}
      {audience ? <p className="api-audience">{audience}</p> : null}

      {parameters.length > 0 ? (
        <FieldTable
          caption="Parameters"
          of={title}
          rows={parameters.map((p) => ({
            name: p.name,
            type: `${p.schema ? typeLabel(p.schema, components) : "string"} in ${p.in}`,
            required: p.required ?? false,
            notes: [...(p.description ? [p.description] : []), ...(p.schema ? constraintNotes(p.schema) : [])],
          }))}
        />
      ) : null}

      {body?.schema ? (
        <>
          <FieldTable caption="JSON request body" of={title} rows={fieldRows(body.schema, components)} />
          {body.example !== undefined ? (
            <figure className="api-example">
              <figcaption>Example request body</figcaption>
              <pre tabIndex={0}>
                <code>{JSON.stringify(body.example, null, 2)}</code>
              </pre>
            </figure>
          ) : null}
        </>
      ) : null}

      {uploadType && uploadRows.length > 0 ? (
        <FieldTable caption={`Request body (${uploadType})`} of={title} rows={uploadRows} />
      ) : uploadType ? (
        <p>
          Request body: <code>{uploadType}</code>.{" "}
          {upload?.schema?.description ? <Prose text={upload.schema.description} /> : null}
        </p>
      ) : null}

      {success.map(([status, response]) => {
        const [type, media] = Object.entries(response.content ?? {})[0] ?? [];
        const rows = media?.schema ? fieldRows(media.schema, components) : [];
        return (
          <div key={status} className="api-response">
            <p>
              <strong>{status}</strong> <Prose text={response.description} />
              {type && type !== "application/json" ? (
                <>
                  {" "}
                  (<code>{type}</code>)
                </>
              ) : null}
              {media?.schema && rows.length === 0 ? <> Body: {typeLabel(media.schema, components)}.</> : null}
            </p>
            {rows.length > 0 ? (
              <details>
                <summary>Response fields ({media?.schema ? typeLabel(media.schema, components) : "object"})</summary>
                <FieldTable caption={`${status} response body`} of={title} rows={rows} />
              </details>
            ) : null}
          </div>
        );
      })}

      <h4>Errors</h4>
      <ul className="api-errors">
        {failures.map(([status, response]) => (
          <li key={status}>
            <strong>{status}</strong> <Prose text={response.description} />
          </li>
        ))}
      </ul>
    </article>
  );
}

export interface ApiArea {
  tag: string;
  slug: string;
  operations: { path: string; method: string; op: Operation }[];
}

/** The OpenAPI document as the pages show it: one area per tag, in the document's order. */
export function apiDocumentView() {
  const doc = openApiDocument() as unknown as DocumentView;
  const components = doc.components?.schemas ?? {};
  const operations = Object.entries(doc.paths).flatMap(([path, item]) =>
    Object.entries(item).map(([method, op]) => ({ path, method, op })),
  );
  const areas: ApiArea[] = (doc.tags ?? []).map(({ name }) => ({
    tag: name,
    slug: areaSlug(name),
    operations: operations.filter(({ op }) => op.tags.includes(name)),
  }));
  return { doc, components, areas };
}
