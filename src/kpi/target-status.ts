import { DxError } from '../errors.js';
import { toIsoDay } from '../internal/dates.js';
import { fail } from '../internal/guards.js';
import type { Observation } from '../model/observation.js';
import type { RankingEntry } from '../model/ranking.js';
import type { Target } from '../model/target.js';
import { toInterval } from '../vi/period-text.js';
import { evaluateTarget } from './evaluate-target.js';
import { progress } from './progress.js';

/**
 * Where a target stands: the figure it is judged on and the verdict.
 *
 * @category KPI
 */
export interface TargetStatus {
  /** The figure judged: an observation, a DTI rank, or `null` when there is none. */
  readonly latest:
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
      }
    | null;
  /** Whether the target is met; `null` without a figure. */
  readonly met: boolean | null;
  /** What is still to go, as {@link evaluateTarget} measures it; `null` without a figure. */
  readonly gap: number | null;
  /** Share of the way from 0 to the target, for `gte` targets with a figure; else `null`. */
  readonly share: number | null;
}

/**
 * Judges a target on a province's data, the rule `vn-dx report` follows: the
 * latest figure whose period ends by the target's deadline, or, when there is
 * none that early, the latest there is. A `top-n` target on a `dti.*`
 * indicator is judged on national DTI ranks (other indices' ranks are
 * observations); every other target on observations of its indicator.
 *
 * @param target - the target.
 * @param data - the province's `observations` and `rankings` (only those of the target's scope).
 * @returns the figure judged and `{ met, gap, share }`.
 * @throws {@link DxError} `INVALID_ARGUMENT` when `data` lacks either array.
 *
 * @example
 * ```ts
 * import { targetStatus } from 'vn-dx';
 *
 * const target = { id: 't', scope: '93', indicator: 'gov.dossiers.online-share', comparator: 'gte' as const, value: 80, deadline: { kind: 'year' as const, year: 2025 }, verified: true };
 * const observation = { province: '93', indicator: 'gov.dossiers.online-share', period: { kind: 'year' as const, year: 2021 }, value: 40, qualifier: 'approx' as const, source: { source: 's' } };
 * const status = targetStatus(target, { observations: [observation], rankings: [] });
 * [status.met, status.gap, status.share]; // [false, 40, 0.5]
 * ```
 *
 * @category KPI
 */
export function targetStatus(
  target: Target,
  data: {
    readonly observations: readonly Observation[];
    readonly rankings: readonly RankingEntry[];
  },
): TargetStatus {
  if (
    typeof data !== 'object' ||
    data === null ||
    !Array.isArray(data.observations) ||
    !Array.isArray(data.rankings)
  ) {
    fail('INVALID_ARGUMENT', 'data', '{ observations, rankings } arrays', data);
  }
  const deadline = toIsoDay(toInterval(target.deadline).end);
  const latestOf = <T>(items: readonly T[], end: (item: T) => string): T | undefined => {
    const sorted = [...items].sort((a, b) => end(a).localeCompare(end(b)));
    return sorted.filter((item) => end(item) <= deadline).at(-1) ?? sorted.at(-1);
  };
  let latest: TargetStatus['latest'] = null;
  let value: number | undefined;
  if (target.indicator.startsWith('dti.') && target.comparator === 'top-n') {
    const entry = latestOf(
      data.rankings.filter(
        (r) => r.index === 'DTI' && r.scope === 'national' && r.edition !== null,
      ),
      (r) => `${r.edition}-12-31`,
    );
    if (entry) {
      latest = { kind: 'rank', entry };
      value = entry.rank;
    }
  } else {
    const observation = latestOf(
      data.observations.filter((o) => o.indicator === target.indicator),
      (o) => toIsoDay(toInterval(o.period).end),
    );
    if (observation) {
      latest = { kind: 'observation', observation };
      value = observation.value;
    }
  }
  if (latest === null || value === undefined)
    return { latest: null, met: null, gap: null, share: null };
  const evaluation = evaluateTarget(value, target);
  const share =
    target.comparator === 'gte' && target.value !== 0
      ? progress({ value, target: target.value }).share
      : null;
  return { latest, met: evaluation.met, gap: evaluation.gap, share };
}
