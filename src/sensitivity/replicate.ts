// The fast path behind `uncertainty`, `rankSensitivity` and `removeEach`: every data-stage
// alternative (normalisation, imputation, any leaf setting) is evaluated once by the composite
// engine (replicate-plan.ts, which settles the options into a plan), and a replication then only
// re-aggregates the tree above the leaves with its own weights and aggregation settings, in
// preallocated typed buffers. Each node is aggregated as the engine aggregates it (same order
// of operations), so that a replication's scores are the scores `compositeIndex` gives for the
// same choices, bit for bit. The runner reads only the plan.

import {
  type AggregateSettings,
  aggregateRow,
  type NodeAggregateSettings,
} from '../composite/aggregate.js';
import type { CompositeData, CompositeOptions } from '../composite/composite-types.js';
import { copeland } from '../composite/copeland.js';
import { normalizeColumn } from '../composite/normalize.js';
import type { Tree } from '../composite/tree.js';
import { describe } from '../internal/describe.js';
import { raise } from '../internal/issue.js';
import type { FrameworkNode } from '../model/framework-node.js';
import {
  combinationOf,
  countMissing,
  planReplications,
  type ReplicationPlan,
} from './replicate-plan.js';
import { replicationRanker } from './replication-ranks.js';
import type { Input } from './uncertain-input.js';

/** Computes one replication: `choice[i]` is the index of input i's choice, `weights` one
 * weight per node; writes every unit's score and rank (NaN for none). */
export type ReplicationRun = (
  choice: ArrayLike<number>,
  weights: Float64Array,
  scores: Float64Array,
  ranks: Float64Array,
) => void;

/** A prepared analysis: the plan, and the replication engine that reads it. */
export interface Replicator extends ReplicationPlan {
  readonly run: ReplicationRun;
}

/**
 * Copeland scores need every unit at once: each node's children, as views of the work store,
 * go to the engine's own `copeland`, so that a replication scores as `compositeIndex` does.
 * Returns the aggregation of node k into the store (its missing count into `missing`).
 */
function copelandAggregator(
  tree: Tree,
  work: Float64Array,
  missing: Uint32Array,
  n: number,
  missingChild: (u: number, k: number, child: number) => never,
): (k: number, weights: Float64Array, settings: NodeAggregateSettings) => void {
  const childViews = tree.nodes.map((node) =>
    node.children.map((child) => work.subarray(child * n, (child + 1) * n)),
  );
  return (k, weights, settings) => {
    const children = (tree.nodes[k] as Tree['nodes'][number]).children;
    const childWeights = Float64Array.from(children, (child) => weights[child] as number);
    missing[k] = copeland(
      childViews[k] as Float64Array[],
      childWeights,
      settings,
      n,
      work.subarray(k * n, (k + 1) * n),
      (u, j) => {
        if (settings.missing === 'error' && (childWeights[j] as number) > 0)
          missingChild(u, k, children[j] as number);
      },
    );
  };
}

/** The replication engine of a plan: one work store, reused by every replication. */
export function replicationRunner(plan: ReplicationPlan): ReplicationRun {
  const { units, tree, inputs, dataInputs, aggregateInputs, combinations, aggregateChoices } = plan;
  const { childStart, childList, normalizers } = plan;
  const n = units.length;
  const m = tree.nodes.length;
  const work = new Float64Array(m * n);
  const missing = new Uint32Array(m);
  // Each replication writes every aggregate input's choice over its nodes, so no choice
  // outlives its replication and the other nodes keep their nominal settings.
  const settings: NodeAggregateSettings[] = plan.nominalSettings.slice();
  const row = new Float64Array(Math.max(1, ...tree.nodes.map((node) => node.children.length)));
  const rowWeights = new Float64Array(row.length);
  const root = m - 1;
  const ids = tree.nodes.map((node) => node.id);
  const ranking = replicationRanker(n, plan.ties);
  let loaded = -1;
  /** The error of a missing child under `missing: 'error'`, as the engine words it. */
  const missingChild = (u: number, k: number, child: number): never => {
    raise(
      'INVALID_ARGUMENT',
      '',
      `unit ${describe(units[u])}, node ${describe(ids[k])}: ${describe(ids[child])} is missing; give node ${describe(ids[k])} aggregate: { missing: 'reweight' } (or every node, with the aggregate option), or impute`,
    );
  };
  const aggregateCopeland = copelandAggregator(tree, work, missing, n, missingChild);

  return (choice, weights, scores, ranks) => {
    let c = 0;
    for (const i of dataInputs) c = c * (inputs[i] as Input).choices.length + (choice[i] as number);
    if (c !== loaded) {
      // Leaves live in the work store too: one source for every read below. The other
      // nodes' columns are overwritten before they are read.
      const stored = combinations[c] as ReplicationPlan['combinations'][number];
      work.set(stored.values);
      missing.set(stored.missing);
      loaded = c;
    }
    aggregateInputs.forEach((i, a) => {
      const chosen = (aggregateChoices[a] as NodeAggregateSettings[][])[
        choice[i] as number
      ] as NodeAggregateSettings[];
      (inputs[i] as Input).nodes.forEach((k, j) => {
        settings[k] = chosen[j] as NodeAggregateSettings;
      });
    });
    for (let k = 0; k < m; k++) {
      const first = childStart[k] as number;
      const last = childStart[k + 1] as number;
      if (first === last) continue;
      const base = k * n;
      const nodeSettings = settings[k] as NodeAggregateSettings;
      const { method, missing: policy } = nodeSettings;
      if (method === 'copeland') aggregateCopeland(k, weights, nodeSettings);
      else {
        // Every unit through aggregateRow, as the engine: an exact, scaled sum per unit, so that
        // a replication gives compositeIndex's bits.
        const width = last - first;
        const rowView = row.subarray(0, width);
        const weightView = rowWeights.subarray(0, width);
        weightView.forEach((_, j) => {
          weightView[j] = weights[childList[first + j] as number] as number;
        });
        for (let u = 0; u < n; u++) {
          // Stryker disable next-line EqualityOperator: one step past the row reads the next node's first child into nothing (typed arrays ignore writes past their end), and its weight is undefined, never > 0.
          for (let j = 0; j < width; j++) {
            const child = childList[first + j] as number;
            const value = work[child * n + u] as number;
            if (Number.isNaN(value) && policy === 'error' && (weightView[j] as number) > 0)
              missingChild(u, k, child);
            rowView[j] = value;
          }
          work[base + u] = aggregateRow(rowView, weightView, nodeSettings as AggregateSettings);
        }
        missing[k] = countMissing(work.subarray(base, base + n));
      }
      const normalizer = normalizers[k];
      if (normalizer) normalizeColumn(work.subarray(base, base + n), normalizer);
    }
    scores.set(work.subarray(root * n, root * n + n));
    ranking(scores, ranks);
  };
}

/** Each aggregation alternative must apply under every data-stage choice: tries each once. */
function tryEveryAggregateChoice(plan: ReplicationPlan, run: ReplicationRun): void {
  const { inputs, dataInputs, aggregateInputs } = plan;
  const n = plan.units.length;
  const trial = new Float64Array(n);
  const trialRanks = new Float64Array(n);
  const trialChoice = new Int32Array(inputs.length);
  plan.combinations.forEach((_, c) => {
    combinationOf(inputs, dataInputs, c, trialChoice, (j) => dataInputs[j] as number);
    for (const i of aggregateInputs) {
      (inputs[i] as Input).choices.forEach((_, j) => {
        trialChoice[i] = j;
        run(trialChoice, plan.nominalWeights, trial, trialRanks);
      });
      trialChoice[i] = 0;
    }
  });
}

/** Settles the options into a plan, and returns the replication engine that reads it. */
export function prepare(
  data: CompositeData,
  framework: FrameworkNode | string,
  options: CompositeOptions & { readonly alternatives?: unknown },
): Replicator {
  const plan = planReplications(data, framework, options);
  const run = replicationRunner(plan);
  tryEveryAggregateChoice(plan, run);
  return { ...plan, run };
}
