import type { ComponentProps, ReactElement } from "react";
import Markdown, { type Components } from "react-markdown";
import remarkGfm from "remark-gfm";
import { safeLinkUrl } from "./safe-url";

// Staff write legal pages in Markdown (GitHub flavour: tables, lists, autolinks). Rendered by react-markdown into
// React elements, never into an HTML string, so what the text holds cannot run:
// - raw HTML in the text (`<script>`, `<img onerror>`, `<a href>`) is shown as text, not parsed;
// - link addresses go through safeLinkUrl (http, https, mailto and this shop's own paths only);
// - images are dropped (they would load from anywhere, and the CSP would block them anyway).
// The page's own <h1> is the title, so the text's highest heading becomes an <h2>, whether the writer started at
// `#` or `##`, and the rest keep their distance from it: no level is skipped (axe's heading-order).

type HeadingProps = ComponentProps<"h1"> & { node?: unknown };

/** A heading of the text, one level lower (react-markdown's `node` prop is not an HTML attribute). */
function shift(Tag: "h2" | "h3" | "h4" | "h5" | "h6") {
  function Heading(props: HeadingProps) {
    const attributes: ComponentProps<"h1"> & { node?: unknown } = { ...props };
    delete attributes.node;
    return <Tag {...attributes} />;
  }
  return Heading;
}

interface MarkdownNode {
  type: string;
  depth?: number;
  children?: MarkdownNode[];
}

/** Raises every heading so the text's highest one is `#` (shown as <h2> below). */
function remarkTopHeadingFirst() {
  return (tree: MarkdownNode) => {
    const headings: MarkdownNode[] = [];
    const walk = (node: MarkdownNode) => {
      if (node.type === "heading") headings.push(node);
      node.children?.forEach(walk);
    };
    walk(tree);
    if (headings.length === 0) return;
    const top = Math.min(...headings.map((h) => h.depth ?? 1));
    for (const heading of headings) heading.depth = (heading.depth ?? 1) - top + 1;
  };
}

const components: Components = {
  h1: shift("h2"),
  h2: shift("h3"),
  h3: shift("h4"),
  h4: shift("h5"),
  h5: shift("h6"),
  h6: shift("h6"),
};

export function LegalMarkdown({ text }: { text: string }): ReactElement {
  return (
    <Markdown
      remarkPlugins={[remarkGfm, remarkTopHeadingFirst]}
      skipHtml={false}
      disallowedElements={["img"]}
      urlTransform={(url) => safeLinkUrl(url)}
      components={components}
    >
      {text}
    </Markdown>
  );
}
