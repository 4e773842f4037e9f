import { DxError } from '../errors.js';
import { toIsoDay } from '../internal/dates.js';
import { fail } from '../internal/guards.js';
import type { Observation } from '../model/observation.js';
import type { RankingEntry } from '../model/ranking.js';
import type { Target } from '../model/target.js';
import { toInterval } from '../vi/period-text.js';
import { evaluateTarget, readTargetOptions, type TargetOptions } from './evaluate-target.js';
import type { TargetResult } from './target-result.js';

/**
 * The figure {@link targetStatus} judged a target on: an observation of its
 * indicator, or a national DTI rank.
 *
 * @category KPI
 */
export type TargetFigure =
  | {
      /** An observation of the target's indicator. */
      readonly kind: 'observation';
      /** The observation judged. */
      readonly observation: Observation;
    }
  | {
      /** A national DTI rank. */
      readonly kind: 'rank';
      /** The ranking entry judged. */
      readonly entry: RankingEntry;
    };

/**
 * Where a target stands: with a figure to judge, the figure and the
 * {@link TargetResult} (`met`, `gap`, `share`, as {@link evaluateTarget} gives
 * them); without one, `latest` and the verdict are `null`.
 *
 * @category KPI
 */
export type TargetStatus =
  | (TargetResult & {
      /** The figure judged. */
      readonly latest: TargetFigure;
    })
  | {
      /** No figure to judge. */
      readonly latest: null;
      /** No verdict without a figure. */
      readonly met: null;
      /** No gap without a figure. */
      readonly gap: null;
      /** No share without a figure. */
      readonly share: null;
    };

/**
 * A province's figures for {@link targetStatus}.
 *
 * @category KPI
 */
export interface TargetData {
  /** The province's observations (only those of the target's scope). */
  readonly observations: readonly Observation[];
  /** The province's ranking entries. */
  readonly rankings: readonly RankingEntry[];
}

/**
 * Judges a target on a province's data, the rule `vn-dx report` follows: the
 * latest figure whose period ends by the target's deadline, or, when there is
 * none that early, the latest there is. A `top-n` target on a `dti.*`
 * indicator is judged on national DTI ranks (other indices' ranks are
 * observations); every other target on observations of its indicator. The
 * figure is judged by {@link evaluateTarget}: the target functions share one
 * argument style — what is judged, the target, then options — and one
 * result, {@link TargetResult}.
 *
 * @param data - the province's `observations` and `rankings` (only those of the target's scope).
 * @param target - the target.
 * @param options - as for {@link evaluateTarget}: `tolerance` (for `eq`) and `baseline` (for `share`).
 * @returns the figure judged and `{ met, gap, share }`, all `null` without a figure.
 * @throws {@link DxError} `INVALID_ARGUMENT` when `data` lacks either array
 *   (as when the arguments come in vn-dx 0.x's order, target first), for a
 *   target that is not an object with an indicator id, or for bad options (see
 *   {@link evaluateTarget}); `INVALID_PERIOD` for a target deadline or an
 *   observation period that is not a period; `INVALID_NUMBER` for a target
 *   value or a judged figure that is not a finite number.
 *
 * @example
 * ```ts
 * import { targetStatus } from 'vn-dx';
 *
 * const target = { id: 't', scope: '93', indicator: 'gov.dossiers.online-share', comparator: 'gte' as const, value: 80, deadline: { kind: 'year' as const, year: 2025 }, verified: true };
 * const observation = { province: '93', indicator: 'gov.dossiers.online-share', period: { kind: 'year' as const, year: 2021 }, value: 40, qualifier: 'approx' as const, source: { source: 's' } };
 * const status = targetStatus({ observations: [observation], rankings: [] }, target);
 * [status.met, status.gap, status.share]; // [false, 40, 0.5]
 * targetStatus({ observations: [], rankings: [] }, target).met; // null
 * ```
 *
 * @category KPI
 */
export function targetStatus(
  data: TargetData,
  target: Target,
  options?: TargetOptions,
): TargetStatus {
  if (
    typeof data !== 'object' ||
    data === null ||
    !Array.isArray(data.observations) ||
    !Array.isArray(data.rankings)
  ) {
    fail('INVALID_ARGUMENT', 'data', '{ observations, rankings } arrays', data, {
      hint:
        typeof data === 'object' && data !== null && 'comparator' in data
          ? '; since vn-dx 1.0 the data comes first: targetStatus(data, target)'
          : '',
    });
  }
  readTargetOptions(options);
  if (typeof target !== 'object' || target === null || typeof target.indicator !== 'string')
    fail('INVALID_ARGUMENT', 'target', 'a target object with an indicator id', target);
  const deadline = toIsoDay(toInterval(target.deadline).end);
  const latestOf = <T>(items: readonly T[], end: (item: T) => string): T | undefined => {
    const sorted = [...items].sort((a, b) => end(a).localeCompare(end(b)));
    return sorted.filter((item) => end(item) <= deadline).at(-1) ?? sorted.at(-1);
  };
  // The figure and its value together: a figure whose value is missing is judged (and refused
  // by evaluateTarget), never taken for no figure at all.
  let judged: { readonly latest: TargetFigure; readonly value: number } | undefined;
  if (target.indicator.startsWith('dti.') && target.comparator === 'top-n') {
    const entry = latestOf(
      data.rankings.filter(
        (r) => r.index === 'DTI' && r.scope === 'national' && r.edition !== null,
      ),
      (r) => `${r.edition}-12-31`,
    );
    if (entry) judged = { latest: { kind: 'rank', entry }, value: entry.rank };
  } else {
    const observation = latestOf(
      data.observations.filter((o) => o.indicator === target.indicator),
      (o) => toIsoDay(toInterval(o.period).end),
    );
    if (observation)
      judged = { latest: { kind: 'observation', observation }, value: observation.value };
  }
  if (judged === undefined) return { latest: null, met: null, gap: null, share: null };
  return { latest: judged.latest, ...evaluateTarget(judged.value, target, options) };
}
