/** A column of a text table. */
export interface Column {
  readonly header: string;
  readonly align?: 'left' | 'right';
  /** Longest width; longer cells are cut with an ellipsis, or wrapped with `wrap`. */
  readonly max?: number;
  /** Wrap a cell longer than `max` at spaces onto the next lines instead of cutting it. */
  readonly wrap?: boolean;
}

/** Visible width of a cell: code points after NFC, which is what a terminal shows for Vietnamese. */
export function width(text: string): number {
  return [...text.normalize('NFC')].length;
}

function truncate(text: string, size: number): string {
  const chars = [...text.normalize('NFC')];
  return chars.length <= size
    ? text.normalize('NFC')
    : `${chars.slice(0, Math.max(0, size - 1)).join('')}…`;
}

/** Lays out rows as an aligned text table with a header and a rule. */
export function formatTable(
  columns: readonly Column[],
  rows: readonly (readonly string[])[],
  indent = '',
): string {
  const widths = columns.map((column, i) =>
    Math.min(
      column.max ?? Number.POSITIVE_INFINITY,
      Math.max(width(column.header), ...rows.map((row) => width(row[i] ?? ''))),
    ),
  );
  const line = (cells: readonly string[]) =>
    `${indent}${cells
      .map((cell, i) => {
        const size = widths[i] as number;
        const text = truncate(cell, size);
        const pad = ' '.repeat(size - width(text));
        return columns[i]?.align === 'right' ? pad + text : text + pad;
      })
      .join('  ')
      .trimEnd()}`;
  // A wrapped cell spreads its row over several lines; the other cells sit on the first.
  const physical = rows.flatMap((row) => {
    const parts = columns.map((column, i) =>
      column.wrap && width(row[i] ?? '') > (widths[i] as number)
        ? wrap(row[i] ?? '', widths[i] as number, '', '  ')
        : [row[i] ?? ''],
    );
    const height = Math.max(...parts.map((p) => p.length));
    return Array.from({ length: height }, (_, k) => parts.map((p) => p[k] ?? ''));
  });
  return [
    line(columns.map((c) => c.header)),
    `${indent}${widths.map((w) => '─'.repeat(w)).join('  ')}`,
    ...physical.map(line),
  ].join('\n');
}

/** Wraps text at spaces to lines of at most `size` visible characters; the first line starts with `first`, the rest with `rest`. */
export function wrap(text: string, size: number, first: string, rest: string): string[] {
  const lines: string[] = [];
  let line = first;
  let empty = true;
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (!empty && width(line) + 1 + width(word) > size) {
      lines.push(line);
      line = rest;
      empty = true;
    }
    line = empty ? line + word : `${line} ${word}`;
    empty = false;
  }
  lines.push(line);
  return lines;
}
