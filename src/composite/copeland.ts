// Copeland's pairwise aggregation, for the engine and the replication engine alike.

import { exactSum } from '../stats/sum.js';
import { aggregateRow, type NodeAggregateSettings } from './aggregate.js';

/**
 * Copeland scores (COINr's `a_copeland` with `outrankMatrix`): for each pair of units, the
 * weight share of the children where one is higher, plus half where they tie, decides who
 * outranks whom (+1 / −1, 0 on an even split). Weights are shared among the children both
 * units have (all of them with complete data, where this is COINr's computation exactly).
 * Writes each unit's score to `values` and returns how many have none; the replication engine
 * (`sensitivity/replicate.ts`) calls it too, so that a replication scores as `compositeIndex`.
 */
export function copeland(
  children: readonly Float64Array[],
  weights: Float64Array,
  settings: NodeAggregateSettings,
  n: number,
  values: Float64Array,
  checkMissing: (u: number, k: number) => void,
): number {
  // Shares of weights scaled by the largest first, so that no sum of weights overflows.
  let largest = 0;
  // Stryker disable next-line EqualityOperator: replacing an equal weight by itself changes nothing.
  for (const weight of weights) if (weight > largest) largest = weight;
  const scaledWeights = weights.map((w) => w / largest);
  const total = exactSum(scaledWeights);
  const shares = scaledWeights.map((w) => w / total);
  let positive = 0;
  for (const share of shares) if (share > 0) positive++;
  // A unit takes part when it passes the node's coverage rule, as for the means.
  const active = new Uint8Array(n);
  const row = new Float64Array(children.length);
  const coverage = { ...settings, method: 'arithmetic' as const };
  // Stryker disable next-line EqualityOperator: one step past the end reads undefined (not NaN) and writes past a typed array's end, which is ignored.
  for (let u = 0; u < n; u++) {
    for (let k = 0; k < children.length; k++) {
      const value = (children[k] as Float64Array)[u] as number;
      if (Number.isNaN(value)) checkMissing(u, k);
      // Any present value will do: only whether the unit has coverage matters here.
      row[k] = Number.isNaN(value) ? value : 0;
    }
    active[u] = Number.isNaN(aggregateRow(row, weights, coverage)) ? 0 : 1;
  }
  values.fill(0);
  // Stryker disable next-line EqualityOperator: at u = n, active[n] is undefined and no v follows.
  for (let u = 0; u < n; u++) {
    if (active[u] === 0) continue;
    for (let v = u + 1; v < n; v++) {
      if (active[v] === 0) continue;
      let wins = 0;
      let ties = 0;
      let common = 0;
      let compared = 0;
      for (let k = 0; k < children.length; k++) {
        const share = shares[k] as number;
        if (share === 0) continue;
        const a = (children[k] as Float64Array)[u] as number;
        const b = (children[k] as Float64Array)[v] as number;
        if (Number.isNaN(a) || Number.isNaN(b)) continue;
        common += share;
        compared++;
        if (a > b) wins += share;
        else if (a === b) ties += share;
      }
      // Stryker disable next-line ConditionalExpression: with nothing compared the share is (0 + 0) / 0, NaN, whose sign is 0, as skipping.
      if (compared === 0) continue;
      // R adds sum(w[>]) and sum(w[==]) / 2 in that order; with every child compared, the
      // shares already sum to 1 and COINr divides by nothing.
      const outranks = (wins + ties / 2) / (compared === positive ? 1 : common);
      const sign = outranks > 0.5 ? 1 : outranks < 0.5 ? -1 : 0;
      values[u] = (values[u] as number) + sign;
      values[v] = (values[v] as number) - sign;
    }
  }
  let absent = 0;
  // Stryker disable next-line EqualityOperator: at u = n, active[n] is undefined, not 0.
  for (let u = 0; u < n; u++) {
    if (active[u] === 0) {
      values[u] = Number.NaN;
      absent++;
    }
  }
  return absent;
}
