/** A data table's header row: one column header per label; "num" columns are right-aligned for figures. */
export function TableHead({ columns }: { columns: readonly (string | { label: string; num: true })[] }) {
  return (
    <thead>
      <tr>
        {columns.map((column) =>
          typeof column === "string" ? (
            <th key={column} scope="col">
              {column}
            </th>
          ) : (
            <th key={column.label} scope="col" className="num">
              {column.label}
            </th>
          ),
        )}
      </tr>
    </thead>
  );
}
