import { DxError } from '../errors.js';
import { describe } from '../internal/describe.js';
import { fail, knownKeys, oneOf, record } from '../internal/guards.js';
import { raise } from '../internal/issue.js';
import { refuseRenamedValue } from '../internal/renamed.js';
import type { Qualifier } from '../model/qualifier.js';
import { foldVietnamese } from './fold.js';
import { formatViNumber, formatVnd, parseViNumber } from './number.js';

/**
 * A number as a source states it.
 *
 * @category Vietnamese text
 */
export interface Quantity {
  /** The value in base units: `620 tỷ đồng` is 620 000 000 000; `51,16%` is 51.16. */
  readonly value: number;
  /** How the value is qualified. */
  readonly qualifier: Qualifier;
  /** `percent` for `%`, `vnd` for đồng; absent for plain counts. */
  readonly unit?: 'percent' | 'vnd';
  /** Whatever follows the number and its unit (`hồ sơ`, `doanh nghiệp`), kept as written. */
  readonly noun?: string;
}

// Folded qualifier phrases, longest first so that "tối thiểu" wins over shorter words.
const QUALIFIER_PHRASES: readonly (readonly [string, Qualifier])[] = [
  ['khong qua', 'at-most'],
  ['khong duoi', 'at-least'],
  ['chua den', 'under'],
  ['toi thieu', 'at-least'],
  ['it nhat', 'at-least'],
  ['toi da', 'at-most'],
  ['xap xi', 'approx'],
  ['khoang', 'approx'],
  ['gan', 'approx'],
  ['tren', 'over'],
  ['hon', 'over'],
  ['duoi', 'under'],
  ['tu', 'at-least'],
];

const SCALES: Readonly<Record<string, number>> = {
  nghin: 1e3,
  ngan: 1e3,
  trieu: 1e6,
  ty: 1e9,
  ti: 1e9,
};
const CURRENCY = new Set(['dong', 'vnd', 'd']);

/**
 * Reads a quantity as Vietnamese reports write it: a qualifier, a number, a
 * scale word and a unit (`51,16%`, `gần 4.000`, `trên 97%`, `hơn 90%`,
 * `khoảng 100`, `tối thiểu 20%`, `trên 620 tỷ đồng`, `45 triệu`). Diacritics
 * are optional in the words. Text after the unit is kept as `noun`.
 *
 * @param text - the quantity as written.
 * @returns value (in base units), qualifier, and unit or noun when present.
 * @throws {@link DxError} `INVALID_QUANTITY` when no number can be read, or when the number
 *   goes on after a space (`1 234`, `1 tỷ 200 triệu`), which would otherwise read as its first
 *   group alone.
 *
 * @example
 * ```ts
 * import { parseQuantity } from 'vn-dx';
 *
 * parseQuantity('gần 4.000'); // { value: 4000, qualifier: 'approx' }
 * parseQuantity('trên 97%'); // { value: 97, qualifier: 'over', unit: 'percent' }
 * parseQuantity('trên 620 tỷ đồng'); // { value: 620000000000, qualifier: 'over', unit: 'vnd' }
 * parseQuantity('1.453 hồ sơ'); // { value: 1453, qualifier: 'exact', noun: 'hồ sơ' }
 * ```
 *
 * @category Vietnamese text
 */
export function parseQuantity(text: string): Quantity {
  if (typeof text !== 'string') {
    fail('INVALID_QUANTITY', 'text', 'a quantity as text', text);
  }
  // Stryker disable next-line MethodExpression: without trim the same: the split on spaces leaves empty ends, filtered out below.
  const written = text.normalize('NFC').trim();
  const tokens = written
    .replace(/(\d)\s*%/g, '$1 %')
    .split(
      // Stryker disable next-line Regex: the empty tokens a single-space split leaves are filtered out next.
      /\s+/,
    )
    .filter(Boolean);
  let qualifier: Qualifier = 'exact';
  let position = 0;
  for (const [phrase, meaning] of QUALIFIER_PHRASES) {
    const words = phrase.split(' ');
    const candidate = tokens.slice(0, words.length).join(' ');
    if (words.length <= tokens.length - 1 && foldVietnamese(candidate) === phrase) {
      qualifier = meaning;
      position = words.length;
      break;
    }
  }
  const numberText = tokens[position];
  if (numberText === undefined) {
    raise('INVALID_QUANTITY', '', `${describe(text)} has no number`);
  }
  let value: number;
  try {
    value = parseViNumber(numberText);
  } catch (cause) {
    raise(
      'INVALID_QUANTITY',
      '',
      `${describe(text)}: ${describe(numberText)} is not a Vietnamese number such as 1.453 or 51,16`,
      { cause },
    );
  }
  position += 1;
  let unit: Quantity['unit'];
  const next = () =>
    // Stryker disable next-line ConditionalExpression,StringLiteral: folding a missing token as '' gives a word that is neither a scale nor a currency, as undefined is.
    tokens[position] === undefined ? undefined : foldVietnamese(tokens[position] ?? '');
  if (tokens[position] === '%') {
    unit = 'percent';
    position += 1;
  } else {
    const word = next();
    // Stryker disable next-line ConditionalExpression: Object.hasOwn(SCALES, undefined) is false too; the test is for the type.
    if (word !== undefined && Object.hasOwn(SCALES, word)) {
      // 1,1 tỷ is 1 100 000 000, not 1 100 000 000.0000002: trim the float error of scaling.
      value = Number((value * (SCALES[word] ?? 1)).toPrecision(15));
      position += 1;
    }
    // Stryker disable next-line StringLiteral: any text that is not a currency word gives the same answer for a missing token.
    if (CURRENCY.has(next() ?? '')) {
      unit = 'vnd';
      position += 1;
    }
  }
  const noun = tokens.slice(position).join(' ');
  // `1 234` (thousands set apart by a space) or `1 tỷ 200 triệu` would read as the first group
  // alone, the rest as a noun: a silent misread, so a noun that starts with a number is refused.
  if (SPLIT_NUMBER.test(noun))
    raise(
      'INVALID_QUANTITY',
      '',
      `${describe(text)}: the number goes on after a space (${describe(noun)}); write it as one number, such as 1.234 or 1,2 tỷ`,
    );
  return {
    value,
    qualifier,
    ...(unit === undefined ? {} : { unit }),
    ...(noun === '' ? {} : { noun }),
  };
}

/** Text that starts with a number: the rest of a number split by a space. */
const SPLIT_NUMBER = /^[+\-\u2212]?[\d.,]*\d/;

const QUALIFIER_WORDS: Readonly<Record<Qualifier, { vi: string; en: string }>> = {
  exact: { vi: '', en: '' },
  approx: { vi: 'khoảng ', en: 'about ' },
  over: { vi: 'trên ', en: 'over ' },
  'at-least': { vi: 'tối thiểu ', en: 'at least ' },
  under: { vi: 'dưới ', en: 'under ' },
  'at-most': { vi: 'tối đa ', en: 'at most ' },
};

/** The options {@link formatQuantity} takes, to refuse any other (a misspelt one would be ignored). */
export const FORMAT_QUANTITY_OPTIONS = [
  'lang',
  'maximumFractionDigits',
] as const satisfies readonly (keyof NonNullable<Parameters<typeof formatQuantity>[1]>)[];

/**
 * Writes a quantity the way {@link parseQuantity} reads it (`trên 97%`,
 * `khoảng 4.000 hồ sơ`, `620 tỷ đồng`), or in English (`over 97%`). Values
 * keep every significant digit unless `maximumFractionDigits` is given.
 *
 * @param quantity - value, qualifier, and unit or noun.
 * @param options - `lang` (`vi` default, or `en`) and `maximumFractionDigits`.
 * @returns the text.
 * @throws {@link DxError} `INVALID_NUMBER` for a non-finite value;
 *   `INVALID_QUANTITY` for an unknown qualifier or unit; `INVALID_ARGUMENT`
 *   for a 0.x qualifier (`'atLeast'`, named with its 1.0 spelling `'at-least'`), an unknown
 *   `lang`, a bad `maximumFractionDigits`, or an unknown option.
 *
 * @example
 * ```ts
 * import { formatQuantity } from 'vn-dx';
 *
 * formatQuantity({ value: 97, qualifier: 'over', unit: 'percent' }); // 'trên 97%'
 * formatQuantity({ value: 4000, qualifier: 'approx', noun: 'hồ sơ' }); // 'khoảng 4.000 hồ sơ'
 * formatQuantity({ value: 620e9, qualifier: 'exact', unit: 'vnd' }); // '620 tỷ đồng'
 * formatQuantity({ value: 97, qualifier: 'over', unit: 'percent' }, { lang: 'en' }); // 'over 97%'
 * ```
 *
 * @category Vietnamese text
 */
export function formatQuantity(
  quantity: Quantity,
  options: { readonly lang?: 'vi' | 'en'; readonly maximumFractionDigits?: number } = {},
): string {
  if (typeof quantity !== 'object' || quantity === null) {
    fail('INVALID_QUANTITY', 'quantity', '{ value, qualifier }', quantity);
  }
  const words = QUALIFIER_WORDS[quantity.qualifier];
  // Stryker disable next-line ConditionalExpression: an own key of QUALIFIER_WORDS always has words; the second test narrows the type.
  if (!Object.hasOwn(QUALIFIER_WORDS, quantity.qualifier) || words === undefined) {
    // A 0.x 'atLeast' / 'atMost' names its 1.0 spelling.
    refuseRenamedValue(quantity.qualifier, Object.keys(QUALIFIER_WORDS), 'quantity.qualifier');
    raise('INVALID_QUANTITY', 'qualifier', `unknown qualifier ${describe(quantity.qualifier)}`);
  }
  knownKeys(record(options, 'options'), FORMAT_QUANTITY_OPTIONS, 'options');
  const lang = oneOf(options.lang ?? 'vi', ['vi', 'en'] as const, 'options.lang');
  const digits =
    options.maximumFractionDigits === undefined
      ? { exact: true }
      : { maximumFractionDigits: options.maximumFractionDigits };
  let body: string;
  if (quantity.unit === 'percent') body = `${formatViNumber(quantity.value, digits)}%`;
  else if (quantity.unit === 'vnd') body = formatVnd(quantity.value, digits);
  else if (quantity.unit === undefined) body = formatViNumber(quantity.value, digits);
  else fail('INVALID_QUANTITY', 'unit', `'percent' or 'vnd'`, quantity.unit);
  if (lang === 'en')
    body = body
      .replace(/[.,]/g, (mark) => (mark === '.' ? ',' : '.'))
      .replace(' tỷ đồng', ' billion VND')
      .replace(' triệu đồng', ' million VND')
      .replace(' nghìn đồng', ' thousand VND')
      .replace(' đồng', ' VND');
  const noun = quantity.noun === undefined ? '' : ` ${quantity.noun}`;
  return `${words[lang]}${body}${noun}`;
}
