import { DxError } from '../errors.js';
import { denseArray, fail, finiteNumber, knownKeys, record } from '../internal/guards.js';
import { ratio } from '../kpi/ratio.js';
import type { Dataset } from '../model/dataset.js';
import type { IndicatorDefinition } from '../model/indicator.js';
import type { Observation } from '../model/observation.js';
import type { Qualifier } from '../model/qualifier.js';

/**
 * A reported share that disagrees with the counts it comes from.
 *
 * @category Data
 */
export interface ConsistencyFinding {
  /** The share indicator. */
  readonly indicator: string;
  /** Province code or `national`. */
  readonly province: string;
  /** The reported share observation. */
  readonly reported: Observation;
  /** The share the counts give, in percent. */
  readonly computed: number;
  /** The numerator and denominator observations. */
  readonly counts: {
    /** The count of the part. */
    readonly numerator: Observation;
    /** The count of the whole. */
    readonly denominator: Observation;
  };
  /** What disagrees, in a sentence. */
  readonly message: string;
}

/**
 * Options for {@link checkConsistency}.
 *
 * @category Data
 */
export interface ConsistencyOptions {
  /** Indicator definitions with `numerator` and `denominator` (the catalogue `INDICATORS` from `vn-dx/framework`), besides the dataset's own. */
  readonly indicators?: readonly IndicatorDefinition[];
}

/** The options {@link checkConsistency} takes, to refuse any other (a misspelt one would be ignored). */
export const CONSISTENCY_OPTIONS = [
  'indicators',
] as const satisfies readonly (keyof ConsistencyOptions)[];

/** Half a unit of the last digit the value was reported with (94 → 0.5, 94.9 → 0.05). */
function halfUnit(value: number): number {
  const decimals = (String(value).split('.')[1] ?? '').length;
  return 0.5 / 10 ** decimals;
}

function agrees(computed: number, reported: number, qualifier: Qualifier): boolean {
  const slack = halfUnit(reported);
  switch (qualifier) {
    case 'exact':
      // Stryker disable next-line EqualityOperator: the edge (slack + 1e-9) is itself a rounding tolerance; no ratio of counts lands on it but by its last bit.
      return Math.abs(computed - reported) <= slack + 1e-9;
    case 'approx':
      // Stryker disable next-line EqualityOperator: the edge (slack + 1e-9) is itself a rounding tolerance; no ratio of counts lands on it but by its last bit.
      return Math.abs(computed - reported) <= Math.max(2 * slack, 1) + 1e-9;
    case 'over':
      return computed > reported - slack;
    case 'at-least':
      return computed >= reported - slack;
    case 'under':
      return computed < reported + slack;
    case 'at-most':
      return computed <= reported + slack;
  }
}

function samePeriod(a: Observation, b: Observation): boolean {
  return JSON.stringify(a.period) === JSON.stringify(b.period);
}

/**
 * Finds reported shares that disagree with the counts they come from: for
 * every share indicator with a `numerator` and `denominator`, each reported
 * share is compared with numerator / denominator of the same province,
 * period and source. An exact figure must agree to half a unit of its last
 * digit (94 % means 93.5–94.5 %), an approximate one to a point, and `over`,
 * `at-least`, `under`, `at-most` by their sense. Findings are facts about the
 * sources, not failures.
 *
 * @param dataset - the dataset to check.
 * @param options - indicator definitions besides the dataset's own.
 * @returns the findings, in observation order.
 * @throws {@link DxError} `INVALID_ARGUMENT` when `dataset` is not a dataset
 *   (with `observations` and `indicators` arrays) or `options.indicators` is
 *   not an array, or for an unknown option; `INVALID_NUMBER` for an observation whose value is not a
 *   finite number.
 *
 * @example
 * ```ts
 * import { checkConsistency } from 'vn-dx';
 *
 * const share = { id: 'gov.edocs.outgoing-signed-share', pillar: 'government', label: { vi: 'Tỷ lệ ký số', en: 'Signed share' }, unit: 'percent', direction: 'higher-is-better', bounds: { min: 0, max: 100 }, numerator: 'gov.edocs.outgoing-signed.count', denominator: 'gov.edocs.outgoing.count', legalBasis: [] } as const;
 * const at = { province: '26', period: { kind: 'half', year: 2021, half: 1 }, qualifier: 'exact', source: { source: 'vp' } } as const;
 * const dataset = {
 *   sources: [], documents: [], programmes: [], targets: [], rankings: [], indicators: [share],
 *   observations: [
 *     { ...at, indicator: 'gov.edocs.outgoing-signed.count', value: 129_396 },
 *     { ...at, indicator: 'gov.edocs.outgoing.count', value: 136_302 },
 *     { ...at, indicator: 'gov.edocs.outgoing-signed-share', value: 94 },
 *   ],
 * };
 * checkConsistency(dataset)[0]?.message; // 'reported 94%, the counts give 94.93% (129396 / 136302)'
 * ```
 *
 * @category Data
 */
export function checkConsistency(
  dataset: Dataset,
  options: ConsistencyOptions = {},
): ConsistencyFinding[] {
  if (typeof dataset !== 'object' || dataset === null || !Array.isArray(dataset.observations)) {
    fail('INVALID_ARGUMENT', 'dataset', 'a dataset object', dataset);
  }
  denseArray(dataset.observations, 'dataset.observations');
  denseArray(dataset.indicators, 'dataset.indicators');
  knownKeys(record(options, 'options'), CONSISTENCY_OPTIONS, 'options');
  if (options.indicators !== undefined) denseArray(options.indicators, 'options.indicators');
  dataset.observations.forEach((o, i) => {
    finiteNumber(o?.value, `dataset.observations[${i}].value`);
  });
  const shares = new Map<string, IndicatorDefinition>();
  // Stryker disable next-line ArrayDeclaration: a placeholder element (a string) has no numerator, so it is never a share.
  const extra = options.indicators ?? [];
  for (const indicator of [...extra, ...dataset.indicators]) {
    if (indicator.numerator !== undefined && indicator.denominator !== undefined)
      shares.set(indicator.id, indicator);
  }
  const findings: ConsistencyFinding[] = [];
  for (const reported of dataset.observations) {
    const definition = shares.get(reported.indicator);
    if (!definition) continue;
    const match = (id: string | undefined) =>
      dataset.observations.find(
        (o) =>
          o.indicator === id &&
          o.province === reported.province &&
          o.commune === reported.commune &&
          o.source.source === reported.source.source &&
          samePeriod(o, reported) &&
          o.qualifier === 'exact',
      );
    const numerator = match(definition.numerator);
    const denominator = match(definition.denominator);
    if (!numerator || !denominator || denominator.value === 0) continue;
    const computed = ratio(numerator.value, denominator.value);
    if (agrees(computed, reported.value, reported.qualifier)) continue;
    const shown = Math.round(computed * 100) / 100;
    findings.push({
      indicator: reported.indicator,
      province: reported.province,
      reported,
      computed,
      counts: { numerator, denominator },
      message: `reported ${reported.qualifier === 'exact' ? '' : `${reported.qualifier} `}${reported.value}%, the counts give ${shown}% (${numerator.value} / ${denominator.value})`,
    });
  }
  return findings;
}
