"use client";

import type { ProductSort } from "@/lib/catalog/schemas";
import { LISTING_FORM_ID } from "./listing-form";

/**
 * Sort order; part of the listing form, re-sorting as soon as it changes (the Apply button does it without JS).
 * The words come from the server in the page's language, in the order to offer them.
 */
export function SortSelect({
  value,
  label,
  options,
}: {
  value: ProductSort;
  label: string;
  options: Record<ProductSort, string>;
}) {
  return (
    <div className="sort-select">
      <label htmlFor="sort">{label}</label>
      <select
        id="sort"
        name="sort"
        className="input"
        form={LISTING_FORM_ID}
        defaultValue={value}
        onChange={(event) => event.currentTarget.form?.requestSubmit()}
      >
        {(Object.keys(options) as ProductSort[]).map((sort) => (
          <option key={sort} value={sort}>
            {options[sort]}
          </option>
        ))}
      </select>
    </div>
  );
}
