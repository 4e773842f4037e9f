// What a command finds in a file's header (the one column dictionary, and names the user
// typed, compared folded).
import type { ColumnRole } from '../index.js';
import { COLUMN_NAMES, findColumn } from '../io/columns.js';
import { say, UsageError } from './command.js';
import { fileError, type Records, shown } from './records.js';

/**
 * The column a user named (`--by "diem dti"`), compared folded as every header is; a usage
 * error naming the option and listing the columns when the file has none such.
 */
export function namedColumn(
  records: Pick<Records, 'header'>,
  name: string,
  option: string,
): string {
  const found = findColumn(records.header, [name]);
  if (found === undefined) {
    throw new UsageError(
      say('no-named-column', {
        option,
        // A message quotes a bounded excerpt of what was typed.
        name: name.length > 40 ? `${name.slice(0, 40)}…` : name,
        columns: columnsText(records),
      }),
    );
  }
  return found;
}

/**
 * The column that plays a role (the one dictionary, {@link COLUMN_NAMES}), or `undefined`
 * for an optional one.
 */
export function optionalColumn(records: Records, role: ColumnRole): string | undefined {
  return findColumn(records.header, role);
}

/**
 * The column that plays a role, or an input error (exit 1) naming the role, the header
 * names accepted for it and the columns the file has.
 */
export function roleColumn(records: Records, role: ColumnRole): string {
  const found = findColumn(records.header, role);
  if (found === undefined) {
    const accepted = COLUMN_NAMES[role].map((name) => `"${name}"`).join(', ');
    throw fileError(
      'VALIDATION_FAILED',
      records.file,
      say('no-role-column', { role, accepted, columns: columnsText(records) }),
      { path: [role], expected: `a column named ${accepted}`, received: columnsText(records) },
    );
  }
  return found;
}

/** The first ten columns of a file, for a message. */
function columnsText(records: Pick<Records, 'header'>): string {
  const shownColumns = records.header.slice(0, 10).map(shown).join(', ');
  return records.header.length > 10 ? `${shownColumns}, …` : shownColumns;
}
