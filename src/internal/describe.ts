/** The longest piece of input text a message shows. */
const SHOWN_CHARS = 40;

/** A piece of input text cut to a bounded excerpt (`…` marks the cut), for a message or a path. */
export function excerpt(text: string, limit = SHOWN_CHARS): string {
  return text.length > limit ? `${text.slice(0, limit)}…` : text;
}

/** Names a bad value for an error message without dumping large input. */
export function describe(value: unknown): string {
  if (value === null) return 'null';
  if (value === undefined) return 'undefined';
  if (typeof value === 'string') {
    return JSON.stringify(excerpt(value));
  }
  if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint') {
    return String(value);
  }
  if (typeof value !== 'object') return `a ${typeof value}`;
  if (Array.isArray(value)) return `an array of length ${value.length}`;
  if (value instanceof Date)
    return `Date(${Number.isNaN(value.getTime()) ? 'invalid' : value.toISOString()})`;
  const prototype = Object.getPrototypeOf(value);
  const name =
    prototype === null
      ? 'Object'
      : (prototype as { constructor?: { name?: unknown } }).constructor?.name;
  if (name === 'Object') return describeRecord(value as Record<string, unknown>);
  return typeof name === 'string' && name !== '' ? `a ${name}` : 'an object';
}

const SHOWN_KEYS = 4;

/** A plain object as its first few keys and brief values: `{ comparator: "gte", value: "80" }`. */
function describeRecord(record: Record<string, unknown>): string {
  const keys = Object.keys(record);
  if (keys.length === 0) return '{}';
  const entries = keys.slice(0, SHOWN_KEYS).map((key) => {
    const name = excerpt(key, 20);
    return `${/^[\p{L}_$][\p{L}\p{N}_$]*$/u.test(name) ? name : JSON.stringify(name)}: ${brief(record, key)}`;
  });
  return `{ ${entries.join(', ')}${keys.length > SHOWN_KEYS ? ', …' : ''} }`;
}

function brief(record: Record<string, unknown>, key: string): string {
  let value: unknown;
  try {
    value = record[key];
  } catch {
    return '?'; // a getter that throws
  }
  if (value !== null && typeof value === 'object')
    return Array.isArray(value) ? `[…${value.length}]` : '{…}';
  return describe(value);
}
