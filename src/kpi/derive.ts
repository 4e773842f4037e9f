import { DxError } from '../errors.js';
import { denseArray, fail, finiteNumber, record } from '../internal/guards.js';
import type { IndicatorDefinition } from '../model/indicator.js';
import type { Observation } from '../model/observation.js';
import { periodProblem } from '../model/period-check.js';
import { ratio } from './ratio.js';

/**
 * Computes share indicators from their counts: for every indicator with a
 * `numerator` and a `denominator` (such as the signed share of outgoing
 * documents), each pair of exact count observations of the same province,
 * period and source gives a derived observation of the share, in percent. A
 * share the source reports itself is not replaced: compare the two with
 * `checkConsistency`.
 *
 * @param observations - the observations to derive from; not modified.
 * @param indicators - the definitions to use (the catalogue `INDICATORS` of `vn-dx/framework`).
 * @returns the derived observations, each with a note naming its counts; none
 *   where the share is already reported, a count is not exact, or the
 *   denominator is 0.
 * @throws {@link DxError} `INVALID_ARGUMENT` when the arguments are not arrays
 *   or hold something other than objects, or for an observation whose province, commune,
 *   indicator, period or source is malformed; `INVALID_NUMBER` for an observation
 *   whose value is not a finite number.
 *
 * @example
 * ```ts
 * import { deriveShares } from 'vn-dx';
 *
 * const signed = { id: 'gov.edocs.outgoing-signed-share', pillar: 'government', label: { vi: 'Tỷ lệ văn bản đi được ký số', en: 'Signed share' }, unit: 'percent', direction: 'higher-is-better', bounds: { min: 0, max: 100 }, numerator: 'gov.edocs.outgoing-signed.count', denominator: 'gov.edocs.outgoing.count', legalBasis: [] } as const;
 * const at = { province: '49', period: { kind: 'year', year: 2022 }, qualifier: 'exact', source: { source: 'my-report' } } as const;
 * const [share] = deriveShares(
 *   [{ ...at, indicator: 'gov.edocs.outgoing-signed.count', value: 1366 }, { ...at, indicator: 'gov.edocs.outgoing.count', value: 1453 }],
 *   [signed],
 * );
 * Math.round((share?.value ?? 0) * 100) / 100; // 94.01
 * ```
 *
 * @category KPI
 */
export function deriveShares(
  observations: readonly Observation[],
  indicators: readonly IndicatorDefinition[],
): Observation[] {
  denseArray(observations, 'observations');
  denseArray(indicators, 'indicators', 'an array of indicator definitions');
  // Checked up front, so that a bad record is named by its index rather than met mid-way.
  observations.forEach((o, i) => {
    const where = `observations[${i}]`;
    record(o, where, 'an observation');
    finiteNumber(o.value, `${where}.value`);
    // The fields its key is built from: a Symbol or an object there would throw a raw TypeError.
    for (const field of ['province', 'indicator'] as const)
      if (typeof o[field] !== 'string')
        fail('INVALID_ARGUMENT', `${where}.${field}`, 'a string', o[field]);
    if (o.commune !== undefined && typeof o.commune !== 'string')
      fail('INVALID_ARGUMENT', `${where}.commune`, 'a commune code string', o.commune);
    if (typeof record(o.source, `${where}.source`, 'a source { source }').source !== 'string')
      fail('INVALID_ARGUMENT', `${where}.source.source`, 'a string', o.source.source);
    const problem = periodProblem(o.period);
    if (problem !== undefined)
      fail(
        'INVALID_ARGUMENT',
        ['observations', i, 'period', ...problem.path],
        problem.expected,
        problem.received,
      );
  });
  indicators.forEach((definition, i) => {
    record(definition, `indicators[${i}]`, 'an indicator definition');
  });
  // A commune's figures pair with the same commune's, never with its province's. The parts are
  // kept apart as JSON, so that no text in one part (a commune '', a '|') reads as another.
  const key = (o: Observation) =>
    JSON.stringify([o.province, o.commune ?? null, o.period, o.source.source]);
  const byIndicator = new Map<string, Map<string, Observation>>();
  for (const o of observations) {
    if (o.qualifier !== 'exact') continue;
    const slot = byIndicator.get(o.indicator) ?? new Map<string, Observation>();
    if (!slot.has(key(o))) slot.set(key(o), o);
    byIndicator.set(o.indicator, slot);
  }
  const reported = new Set(observations.map((o) => JSON.stringify([o.indicator, key(o)])));
  const derived: Observation[] = [];
  for (const indicator of indicators) {
    // Stryker disable next-line ConditionalExpression,LogicalOperator: a definition without a numerator or denominator finds no counts under an undefined id; this only narrows the types.
    if (indicator.numerator === undefined || indicator.denominator === undefined) continue;
    const denominators = byIndicator.get(indicator.denominator);
    // Stryker disable next-line ArrayDeclaration: a made-up pair ['S', 't'] finds no denominator under the key 'S' (every key is a JSON array).
    for (const [where, numerator] of byIndicator.get(indicator.numerator) ?? []) {
      const denominator = denominators?.get(where);
      if (
        !denominator ||
        denominator.value === 0 ||
        reported.has(JSON.stringify([indicator.id, where]))
      )
        continue;
      derived.push({
        province: numerator.province,
        ...(numerator.commune === undefined ? {} : { commune: numerator.commune }),
        indicator: indicator.id,
        period: numerator.period,
        value: ratio(numerator.value, denominator.value),
        qualifier: 'exact',
        source: numerator.source,
        note: `derived: ${indicator.numerator} / ${indicator.denominator} (${numerator.value} / ${denominator.value})`,
      });
    }
  }
  return derived;
}
