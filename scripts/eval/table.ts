/** A column of a text table; numbers read best right-aligned. */
export interface Column {
  header: string;
  align?: "left" | "right";
}

/** Renders rows under headers, padded to the widest cell, with a dashed rule under the header. */
export function renderTable(
  columns: readonly Column[],
  rows: readonly (readonly string[])[],
): string {
  const widths = columns.map((column, i) =>
    Math.max(column.header.length, ...rows.map((row) => (row[i] ?? "").length)),
  );
  const line = (cells: readonly string[]): string =>
    columns
      .map((column, i) => {
        const cell = cells[i] ?? "";
        const width = widths[i] ?? 0;
        return column.align === "right" ? cell.padStart(width) : cell.padEnd(width);
      })
      .join("  ")
      .trimEnd();
  const rule = widths.map((width) => "-".repeat(width)).join("  ");
  return [line(columns.map((column) => column.header)), rule, ...rows.map(line)].join("\n");
}

/** A share as a percentage with one decimal, or `-` when there was nothing to measure. */
export const percent = (value: number | null): string =>
  value === null ? "-" : `${(value * 100).toFixed(1)}%`;

/** A number in 0..1 with three decimals, or `-`. */
export const decimal = (value: number | null): string => (value === null ? "-" : value.toFixed(3));

/** Quotes a message for a list, cut to `max` characters. */
export function quote(text: string, max = 70): string {
  const flat = text.replace(/\s+/g, " ");
  return JSON.stringify(flat.length > max ? `${flat.slice(0, max - 1)}…` : flat);
}
