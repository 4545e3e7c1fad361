"use client";

import type { ProductSort } from "@/lib/catalog/schemas";
import { LISTING_FORM_ID } from "./listing-form";

const labels: Record<ProductSort, string> = {
  relevance: "Recommended",
  newest: "Newest",
  price_asc: "Price: low to high",
  price_desc: "Price: high to low",
  name: "Name: A to Z",
};

/** Sort order; part of the listing form, re-sorting as soon as it changes (the Apply button does it without JS). */
export function SortSelect({ value, searching }: { value: ProductSort; searching: boolean }) {
  return (
    <div className="sort-select">
      <label htmlFor="sort">Sort by</label>
      <select
        id="sort"
        name="sort"
        className="input"
        form={LISTING_FORM_ID}
        defaultValue={value}
        onChange={(event) => event.currentTarget.form?.requestSubmit()}
      >
        {(Object.keys(labels) as ProductSort[]).map((sort) => (
          <option key={sort} value={sort}>
            {sort === "relevance" && searching ? "Best match" : labels[sort]}
          </option>
        ))}
      </select>
    </div>
  );
}
