import { DxError } from '../errors.js';
import { describe } from '../internal/describe.js';
import { fail, finiteNumber, integerBetween, knownKeys, record } from '../internal/guards.js';
import { raise } from '../internal/issue.js';

// Grouping by dots (1.234.567) or by spaces (1 234 567), a decimal comma, an optional sign.
const VI_NUMBER =
  /^([+\-\u2212])?([1-9]\d{0,2}(?:\.\d{3})+|[1-9]\d{0,2}(?:[ \u00a0\u202f]\d{3})+|\d+)(?:,(\d+))?$/;

/**
 * Reads a number written the Vietnamese way: dots group thousands and a comma
 * marks decimals (`1.453`, `580.432`, `51,16`, `1.234.567,89`, `-3,5`). Spaces
 * (also non-breaking) may group thousands instead of dots.
 *
 * A dot that cannot be a thousands separator (`1.5`, `12.34`) is an error, not
 * a guess at English notation.
 *
 * @param text - the number as written; surrounding spaces are ignored.
 * @returns the number.
 * @throws {@link DxError} `INVALID_NUMBER` when the text is not such a number,
 *   or too large to represent.
 *
 * @example
 * ```ts
 * import { parseViNumber } from 'vn-dx';
 *
 * parseViNumber('1.453'); // 1453
 * parseViNumber('51,16'); // 51.16
 * parseViNumber('1.234.567,89'); // 1234567.89
 * parseViNumber('-3,5'); // -3.5
 * ```
 *
 * @category Vietnamese text
 */
export function parseViNumber(text: string): number {
  if (typeof text !== 'string') {
    fail('INVALID_NUMBER', 'text', 'a Vietnamese number as text', text);
  }
  const match = VI_NUMBER.exec(text.trim());
  if (!match) {
    const hint = /^\d+\.\d{1,2}$/.test(text.trim())
      ? ' Vietnamese uses a comma for decimals (51,16).'
      : '';
    raise(
      'INVALID_NUMBER',
      '',
      `${describe(text)} is not a Vietnamese number such as 1.453 or 51,16.${hint}`,
    );
  }
  // Stryker disable next-line StringLiteral: the integer group always takes part in a match; the default only satisfies the type.
  const [, sign, integer = '', fraction] = match;
  const digits = integer.replace(/[.\s\u00a0\u202f]/g, '');
  const value = Number(fraction === undefined ? digits : `${digits}.${fraction}`);
  if (!Number.isFinite(value)) {
    raise('INVALID_NUMBER', '', `${describe(text)} is too large to represent as a number`);
  }
  return sign === '-' || sign === '\u2212' ? -value || 0 : value;
}

/**
 * Options for {@link formatViNumber}.
 *
 * @category Vietnamese text
 */
export interface ViNumberFormatOptions {
  /** Most decimals to show, rounding half away from zero. Default 2. */
  readonly maximumFractionDigits?: number;
  /** Fewest decimals to show, padding with zeros. Default 0. */
  readonly minimumFractionDigits?: number;
  /** Group thousands with dots. Default `true`. */
  readonly grouping?: boolean;
  /**
   * Write the shortest text that {@link parseViNumber} reads back as exactly
   * this number (all significant digits, never an exponent), ignoring the
   * fraction-digit options. Default `false`.
   */
  readonly exact?: boolean;
}

/** The options the Vietnamese number formatters take, to refuse any other (a misspelt one would be ignored). */
export const VI_NUMBER_FORMAT_OPTIONS = [
  'maximumFractionDigits',
  'minimumFractionDigits',
  'grouping',
  'exact',
] as const satisfies readonly (keyof ViNumberFormatOptions)[];

/** The shortest round-trip decimal of a non-negative finite number, without exponent. */
function plainDigits(value: number): string {
  const text = String(value);
  // Stryker disable next-line Regex: String() writes an exponent as one digit, maybe a fraction, then e±n, so the anchors and the digit count change no match.
  const match = /^(\d+)(?:\.(\d+))?e([+-]\d+)$/.exec(text);
  if (!match) return text;
  const digits = `${match[1]}${match[2] ?? ''}`;
  // Stryker disable next-line OptionalChaining: group 1 always takes part in a match.
  const point = (match[1]?.length ?? 0) + Number(match[3]);
  // String() writes an exponent only below 1e-6 (point ≤ −6) and from 1e21 (point ≥ 22, past
  // the 17 digits at most): the point is never 0 and never inside the digits.
  // Stryker disable next-line EqualityOperator: the point is never 0 (see above).
  if (point <= 0) return `0.${'0'.repeat(-point)}${digits}`;
  return `${digits}${'0'.repeat(point - digits.length)}`;
}

function checkDigits(value: number | undefined, name: string, fallback: number): number {
  if (value === undefined) return fallback;
  return integerBetween(value, 0, 20, name);
}

/**
 * Writes a number the Vietnamese way, with dots grouping thousands and a
 * decimal comma. The inverse of {@link parseViNumber}.
 *
 * @param value - a finite number.
 * @param options - decimals and grouping.
 * @returns the formatted text.
 * @throws {@link DxError} `INVALID_NUMBER` for `NaN` or infinities;
 *   `INVALID_ARGUMENT` for bad or unknown options.
 *
 * @example
 * ```ts
 * import { formatViNumber } from 'vn-dx';
 *
 * formatViNumber(1453); // '1.453'
 * formatViNumber(51.164); // '51,16'
 * formatViNumber(0.5, { minimumFractionDigits: 2 }); // '0,50'
 * formatViNumber(1234567, { grouping: false }); // '1234567'
 * formatViNumber(0.1 + 0.2, { exact: true }); // '0,30000000000000004'
 * ```
 *
 * @category Vietnamese text
 */
export function formatViNumber(value: number, options: ViNumberFormatOptions = {}): string {
  finiteNumber(value, 'value');
  knownKeys(record(options, 'options'), VI_NUMBER_FORMAT_OPTIONS, 'options');
  const maximum = checkDigits(options.maximumFractionDigits, 'maximumFractionDigits', 2);
  const minimum = checkDigits(options.minimumFractionDigits, 'minimumFractionDigits', 0);
  if (minimum > maximum) {
    raise(
      'INVALID_ARGUMENT',
      '',
      `minimumFractionDigits (${minimum}) exceeds maximumFractionDigits (${maximum})`,
    );
  }
  // Intl rounds correctly (1.005 → 1.01); en-US output has a fixed shape to re-punctuate.
  const plain = options.exact
    ? // Stryker disable next-line EqualityOperator: a zero's sign is dropped below (no digit 1–9), so 0 with or without '-' reads '0'.
      `${value < 0 ? '-' : ''}${plainDigits(Math.abs(value))}`
    : new Intl.NumberFormat('en-US', {
        useGrouping: false,
        minimumFractionDigits: minimum,
        maximumFractionDigits: maximum,
      }).format(value);
  // Stryker disable next-line StringLiteral: split always gives a first element; the default only satisfies the type.
  const [integerWithSign = '', fraction] = plain.split('.');
  const negative = integerWithSign.startsWith('-');
  const integer = negative ? integerWithSign.slice(1) : integerWithSign;
  const grouped = options.grouping === false ? integer : integer.replace(/\B(?=(\d{3})+$)/g, '.');
  const body = fraction === undefined ? grouped : `${grouped},${fraction}`;
  return negative && /[1-9]/.test(body) ? `-${body}` : body;
}

/**
 * Writes a percentage the Vietnamese way: `51,16%`. The value is in percent
 * units (51.16 means 51.16 %), as vn-dx stores shares.
 *
 * @param value - the percentage, a finite number.
 * @param options - decimals and grouping, as for {@link formatViNumber}.
 * @returns the formatted text with a `%` sign.
 * @throws {@link DxError} `INVALID_NUMBER` for `NaN` or infinities;
 *   `INVALID_ARGUMENT` for bad options, as {@link formatViNumber}.
 *
 * @example
 * ```ts
 * import { formatViPercent } from 'vn-dx';
 *
 * formatViPercent(51.16); // '51,16%'
 * formatViPercent(94.93, { maximumFractionDigits: 0 }); // '95%'
 * ```
 *
 * @category Vietnamese text
 */
export function formatViPercent(value: number, options: ViNumberFormatOptions = {}): string {
  return `${formatViNumber(value, options)}%`;
}

const VND_SCALES = [
  { factor: 1e9, vi: 'tỷ' },
  { factor: 1e6, vi: 'triệu' },
  { factor: 1e3, vi: 'nghìn' },
] as const;

/**
 * Writes an amount of Vietnamese đồng the way reports do, scaled to tỷ
 * (10⁹), triệu (10⁶) or nghìn (10³) when the amount is at least one of them:
 * `620 tỷ đồng`.
 *
 * @param value - the amount in đồng, a finite number.
 * @param options - decimals of the scaled figure (default at most 2) and grouping.
 * @returns the formatted text.
 * @throws {@link DxError} `INVALID_NUMBER` for `NaN` or infinities;
 *   `INVALID_ARGUMENT` for bad options, as {@link formatViNumber}.
 *
 * @example
 * ```ts
 * import { formatVnd } from 'vn-dx';
 *
 * formatVnd(620_000_000_000); // '620 tỷ đồng'
 * formatVnd(45_500_000); // '45,5 triệu đồng'
 * formatVnd(900); // '900 đồng'
 * ```
 *
 * @category Vietnamese text
 */
export function formatVnd(value: number, options: ViNumberFormatOptions = {}): string {
  finiteNumber(value, 'value');
  const scale = VND_SCALES.find((candidate) => Math.abs(value) >= candidate.factor);
  if (!scale) return `${formatViNumber(value, options)} đồng`;
  return `${formatViNumber(value / scale.factor, options)} ${scale.vi} đồng`;
}

/**
 * Writes a rank out of a field the way Vietnamese reports do: `12/63`.
 *
 * @param rank - the 1-based rank, a whole number.
 * @param of - how many were ranked, at least `rank`.
 * @returns the text `rank/of`.
 * @throws {@link DxError} `INVALID_ARGUMENT` unless `1 ≤ rank ≤ of` are whole numbers.
 *
 * @example
 * ```ts
 * import { formatRank } from 'vn-dx';
 *
 * formatRank(17, 63); // '17/63'
 * ```
 *
 * @category Vietnamese text
 */
export function formatRank(rank: number, of: number): string {
  if (!Number.isInteger(rank) || !Number.isInteger(of) || rank < 1 || rank > of) {
    raise(
      'INVALID_ARGUMENT',
      '',
      `Expected whole numbers 1 ≤ rank ≤ of, got rank ${describe(rank)} of ${describe(of)}`,
    );
  }
  return `${rank}/${of}`;
}
