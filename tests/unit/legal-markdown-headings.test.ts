import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { LegalMarkdown } from "@/lib/legal/render-markdown";

// Under the page's <h1>, a legal text's highest heading is an <h2> however the writer marked it, so no heading
// level is skipped (axe's heading-order rule).
const render = (text: string) => renderToStaticMarkup(createElement(LegalMarkdown, { text }));

describe("legal text headings", () => {
  it.each([
    ["## A\n\n### B\n\n#### C", "<h2>A</h2><h3>B</h3><h4>C</h4>"],
    ["# A\n\n## B", "<h2>A</h2><h3>B</h3>"],
    ["### A\n\ntext\n\n### B", "<h2>A</h2><p>text</p><h2>B</h2>"],
    ["###### Deep\n\nplain", "<h2>Deep</h2><p>plain</p>"],
  ])("renders %j as %s", (text, html) => {
    expect(render(text).replace(/\n/g, "")).toBe(html);
  });

  it("leaves a text without headings alone", () => {
    expect(render("Just a paragraph.")).toBe("<p>Just a paragraph.</p>");
  });
});
