// Indicators named as people name them — by id or by label, in either language, with or without
// diacritics — over the catalogue or a list of one's own. The reading itself is io/indicator-names.ts,
// the one the observation readers use, so a name a file may hold is a name these find.
import { fail, knownKeys, record } from '../internal/guards.js';
import { raise } from '../internal/issue.js';
import {
  checkIndicatorList,
  type IndicatorLookup,
  indicatorLookup,
  type NamedIndicator,
  unreadName,
} from '../io/indicator-names.js';
import type { IndicatorDefinition } from '../model/indicator.js';
import { INDICATORS } from './indicators.js';

/**
 * Options for {@link findIndicator} and {@link closestIndicator}.
 *
 * @typeParam T - the kind of indicator listed: `IndicatorDefinition` for the catalogue.
 * @category Data
 */
export interface FindIndicatorOptions<T extends NamedIndicator = IndicatorDefinition> {
  /** The indicators to look in: the catalogue {@link INDICATORS} by default. */
  readonly indicators?: readonly T[];
}

/** The options {@link findIndicator} and {@link closestIndicator} take, to refuse any other. */
export const FIND_INDICATOR_OPTIONS = [
  'indicators',
] as const satisfies readonly (keyof FindIndicatorOptions)[];

/** Lookups of frozen lists (the catalogue), made once: a search box calls these per keystroke. */
const lookups = new WeakMap<readonly NamedIndicator[], IndicatorLookup<NamedIndicator>>();

/** The checked text and the lookup of the list the options name. */
function prepare<T extends NamedIndicator>(
  text: unknown,
  options: FindIndicatorOptions<T>,
): [string, IndicatorLookup<T>] {
  if (typeof text !== 'string') fail('INVALID_ARGUMENT', 'text', 'an indicator id or label', text);
  knownKeys(
    record(options, 'options', 'an object like { indicators }'),
    FIND_INDICATOR_OPTIONS,
    'options',
  );
  const list = (options.indicators ?? INDICATORS) as readonly T[];
  const cached = lookups.get(list) as IndicatorLookup<T> | undefined;
  // Stryker disable next-line ConditionalExpression: a cache; building the lookup again gives the same one
  if (cached !== undefined) return [text, cached];
  checkIndicatorList(list, 'options.indicators', false);
  const lookup = indicatorLookup(list);
  if (Object.isFrozen(list)) lookups.set(list, lookup as IndicatorLookup<NamedIndicator>);
  return [text, lookup];
}

/**
 * The indicator a text names: the one whose id, or whose label in Vietnamese or English, the
 * text is, compared folded (case, diacritics and runs of spaces aside), as `vn-dx indicators`
 * and the observation readers read names. A text that is an id is that indicator first.
 *
 * @typeParam T - the kind of indicator listed: `IndicatorDefinition` for the catalogue.
 * @param text - an id (`gov.dossiers.online-share`) or a whole label, in either language, with
 *   or without diacritics (`Tỷ lệ hồ sơ trực tuyến`, `ty le ho so truc tuyen`).
 * @param options - `indicators`: where to look (the catalogue {@link INDICATORS} by default,
 *   or any list of `{ id, label }`, such as a dataset's own indicators).
 * @returns the indicator, or `undefined` when the text names none ({@link closestIndicator}
 *   gives the nearest).
 * @throws {@link vn-dx!DxError} `INVALID_ARGUMENT` when `text` is not a string, `options` is not
 *   an object or names an unknown option, an element of `indicators` is not `{ id, label }`, or
 *   the text is the label of several indicators of the list (the message and the issue's
 *   `candidates` name their ids: write the id of the one meant).
 *
 * @example
 * ```ts
 * import { findIndicator } from 'vn-dx/framework';
 *
 * findIndicator('Tỷ lệ hồ sơ trực tuyến')?.id; // 'gov.dossiers.online-share'
 * findIndicator('ty le ho so truc tuyen')?.unit; // 'percent'
 * findIndicator('gov.dossiers.online-share')?.label.en; // 'Share of administrative dossiers submitted online'
 * findIndicator('hồ sơ'); // undefined
 * // A list of one's own: any objects with an id and a label.
 * const mine = [{ id: 'soc.parks', label: { vi: 'Số công viên', en: 'Parks' } }];
 * findIndicator('so cong vien', { indicators: mine })?.id; // 'soc.parks'
 * ```
 *
 * @category Data
 */
export function findIndicator<T extends NamedIndicator = IndicatorDefinition>(
  text: string,
  options: FindIndicatorOptions<T> = {},
): T | undefined {
  const [checked, lookup] = prepare(text, options);
  const reading = lookup.read(checked);
  if (reading.kind === 'found') return reading.entry;
  if (reading.kind === 'ambiguous') {
    const said = unreadName(checked, reading);
    raise('INVALID_ARGUMENT', 'text', said.message, {
      expected: 'the name of one indicator',
      received: checked,
      // Stryker disable next-line ArrayDeclaration: an ambiguous reading always names its candidates
      candidates: said.candidates ?? [],
      key: said.key,
      params: said.params,
    });
  }
  return undefined;
}

/**
 * The indicator a mistyped name most likely means: the one whose id or label (folded) is
 * nearest the text, when it is at most a third of the text's length in edits away (at least 2);
 * the one named when the text names one exactly. The same measure as the suggestions of the
 * observation readers and of `vn-dx indicators`.
 *
 * @typeParam T - the kind of indicator listed: `IndicatorDefinition` for the catalogue.
 * @param text - a name as typed, e.g. `ty le ho so truc tuyn`.
 * @param options - `indicators`: where to look (the catalogue {@link INDICATORS} by default).
 * @returns the nearest indicator, or `undefined` when none is near enough to be what was meant
 *   (or the text is the label of several: {@link findIndicator} says which).
 * @throws {@link vn-dx!DxError} `INVALID_ARGUMENT` when `text` is not a string, `options` is not
 *   an object or names an unknown option, or an element of `indicators` is not `{ id, label }`.
 *
 * @example
 * ```ts
 * import { closestIndicator, findIndicator } from 'vn-dx/framework';
 *
 * findIndicator('ty le ho so truc tuyn'); // undefined
 * closestIndicator('ty le ho so truc tuyn')?.id; // 'gov.dossiers.online-share'
 * closestIndicator('gov.dosiers.online-share')?.id; // 'gov.dossiers.online-share'
 * closestIndicator('zzzz'); // undefined
 * ```
 *
 * @category Data
 */
export function closestIndicator<T extends NamedIndicator = IndicatorDefinition>(
  text: string,
  options: FindIndicatorOptions<T> = {},
): T | undefined {
  const [checked, lookup] = prepare(text, options);
  const reading = lookup.read(checked);
  if (reading.kind === 'found') return reading.entry;
  // Stryker disable next-line ConditionalExpression,StringLiteral: an ambiguous reading has no nearest entry either (this narrows the type)
  if (reading.kind === 'ambiguous') return undefined;
  return reading.nearest?.entry;
}
