import { aggregate } from '../composite/aggregate.js';
import {
  type CompositeIndexResult,
  isCompositeResult,
  resultView,
  unitPosition,
} from '../composite/result-view.js';
import { DxError } from '../errors.js';
import { describe } from '../internal/describe.js';
import {
  fail,
  finiteNumber,
  knownKeys,
  oneOf,
  record,
  someWeight,
  weight,
} from '../internal/guards.js';
import { raise } from '../internal/issue.js';
import type { AggregationMethod, FrameworkNode } from '../model/framework-node.js';

/**
 * One node's part in a unit's score change: an entry of {@link ChangeDecomposition}.
 *
 * @category Planning
 */
export interface NodeContribution {
  /** The node's id. */
  readonly id: string;
  /** Its parent's id; `null` at the root. */
  readonly parent: string | null;
  /** The node's value before. */
  readonly before: number;
  /** The node's value after. */
  readonly after: number;
  /** after − before, in the node's own units. */
  readonly change: number;
  /**
   * What the node's change adds to the root's change, in the root's units.
   * The contributions of a node's children add up to the node's own; at the
   * root it is the whole change.
   */
  readonly contribution: number;
}

/**
 * What {@link decomposeChange} returns.
 *
 * @category Planning
 */
export interface ChangeDecomposition {
  /** The score (root value) before. */
  readonly before: number;
  /** The score after. */
  readonly after: number;
  /** after − before. */
  readonly change: number;
  /** Every node, the root first, then depth-first in the framework's order. */
  readonly nodes: readonly NodeContribution[];
}

/**
 * One unit's values at one date, for {@link decomposeChange}: leaf id → value,
 * or a composite result (what {@link compositeIndex} or
 * {@link compositeIndexColumns} returns) with the unit named in the options.
 *
 * @category Planning
 */
export type UnitValues = Readonly<Record<string, number>> | CompositeIndexResult;

/**
 * Options for {@link decomposeChange}.
 *
 * @category Planning
 */
export interface DecomposeChangeOptions {
  /** The unit whose change is split, when the values are composite results. */
  readonly unit?: string;
}

/** The options {@link decomposeChange} takes, to refuse any other (a misspelt one would be ignored). */
export const DECOMPOSE_CHANGE_OPTIONS = [
  'unit',
] as const satisfies readonly (keyof DecomposeChangeOptions)[];

/** One date's leaf values: the record as given, or the unit's node values in a composite result. */
function valuesAt(
  values: unknown,
  unit: unknown,
  where: 'before' | 'after',
): Readonly<Record<string, unknown>> {
  if (!isCompositeResult(values)) {
    if (unit !== undefined)
      fail(
        'INVALID_ARGUMENT',
        'options.unit',
        `no unit: ${where} is one unit's leaf values, not a composite result`,
        unit,
      );
    return record(values, where, 'a record of leaf id → value');
  }
  if (unit === undefined)
    fail('INVALID_ARGUMENT', 'options.unit', `the unit to read from the ${where} result`, unit);
  const view = resultView(values, where);
  return view.valuesOf(unitPosition(view, unit, 'options.unit'));
}

const METHODS: readonly AggregationMethod[] = [
  'arithmetic',
  'geometric',
  'harmonic',
  'generalized-mean',
];

interface Evaluated {
  readonly id: string;
  readonly parent: string | null;
  readonly before: number;
  readonly after: number;
  /** The node's children, with their shares of the node's weight. */
  readonly children: readonly { node: Evaluated; share: number }[];
  readonly method: AggregationMethod;
  /** The power of a generalised mean (unused by the other methods). */
  readonly p: number;
}

/** The logarithmic mean (a − b) / (ln a − ln b), a when a = b. */
function logMean(a: number, b: number): number {
  return a === b ? a : (a - b) / Math.log1p((a - b) / b);
}

/**
 * Below this relative gap the secant (aᵖ − bᵖ) / (a − b) is computed as the
 * derivative at the midpoint: two values a few ulps apart can give aᵖ = bᵖ in
 * floating point, a slope of 0 and a 0/0 factor, while the derivative differs
 * from the true secant by a relative O((a − b)²), far below rounding.
 */
const SECANT_GAP = 1e-8;

/**
 * The slope (f(a) − f(b)) / (a − b) of the transform f in which a mean is
 * additive (x, ln x, 1/x, xᵖ), or f′ at the midpoint when a and b are (nearly) equal.
 */
function transformSlope(method: AggregationMethod, p: number, a: number, b: number): number {
  if (method === 'arithmetic') return 1;
  // Stryker disable next-line UnaryOperator: a factor divides a child's slope by its parent's, both of one method, so the sign cancels.
  if (method === 'harmonic') return -1 / (a * b);
  if (method === 'geometric' || p === 0) return 1 / logMean(a, b);
  if (Math.abs(a - b) <= SECANT_GAP * Math.max(a, b)) return p * ((a + b) / 2) ** (p - 1);
  return (a ** p - b ** p) / (a - b);
}

/**
 * How much of a change in the parent one unit of change in the child makes:
 * Σ k·Δchild = Δparent exactly for each aggregation. Every mean here is an
 * arithmetic mean in some transform f (f(P) = Σ s f(x)), so
 * Δf(P) = Σ s Δf(x), and Δy = Δf(y) / slope_f(y) for any y: the factor is
 * s · slope_f(child) / slope_f(parent). With f = ln this is the logarithmic
 * mean (LMDI) decomposition of a geometric mean.
 */
function edgeFactor(parent: Evaluated, child: Evaluated, share: number): number {
  if (share === 0) return 0;
  return (
    (share * transformSlope(parent.method, parent.p, child.after, child.before)) /
    transformSlope(parent.method, parent.p, parent.after, parent.before)
  );
}

/**
 * Splits a unit's score change between two dates into the contributions of
 * the framework's nodes: how many points of the overall change each main
 * index, and each indicator under it, brought. Contributions add up exactly
 * (to rounding): a node's children's contributions sum to the node's own, and
 * the root's is the whole change.
 *
 * An arithmetic node passes on each child's change times its weight share
 * (Δ = Σ sᵢ Δxᵢ, exact). A geometric node is additive in logarithms
 * (Δ ln P = Σ sᵢ Δ ln xᵢ); each child gets its share of the level change by
 * the logarithmic mean (the LMDI decomposition), which is exact too. A
 * harmonic node is additive in reciprocals, handled the same way. A node's
 * method is its own `aggregate.method`, arithmetic by default (as in
 * `compositeIndex`).
 *
 * The values are one unit's leaf values, already normalised: leaf
 * `normalize` settings are not applied (they need every unit), and a node
 * above the leaves may not normalise. Give them as leaf id → value, or pass
 * the two dates' composite results as {@link compositeIndex} or
 * {@link compositeIndexColumns} return them, with `unit`: the unit's leaf
 * values are read from each (after imputation, treatment and normalisation,
 * as the index computed them), so the same framework serves both calls.
 *
 * @param before - the earlier date: leaf id → value, or a composite result.
 * @param after - the later date, in either form.
 * @param framework - the tree; nodes aggregate their children by weight.
 * @param options - `unit`: the unit to read from composite results.
 * @returns the root's values and change, and every node's contribution.
 * @throws {@link DxError} `UNKNOWN_ID` for a leaf without a value, or a `unit`
 *   not in a composite result;
 *   `INVALID_NUMBER` for values or weights that are not finite (weights ≥ 0;
 *   a missing value in a composite result is `null`, and refused);
 *   `INVALID_ARGUMENT` for a malformed framework (children all weighing 0, a
 *   normalising inner node, an unknown method), a value ≤ 0 under a
 *   geometric or harmonic node, composite results without `unit` (or `unit`
 *   with leaf records), or an unknown option.
 *
 * @example
 * ```ts
 * import { decomposeChange } from 'vn-dx';
 *
 * const framework = {
 *   id: 'dti',
 *   children: [
 *     { id: 'government', weight: 2, children: ['online', 'signed'] },
 *     { id: 'economy', weight: 1, children: ['ecommerce'] },
 *   ],
 * };
 * const result = decomposeChange(
 *   { online: 0.5, signed: 0.7, ecommerce: 0.3 },
 *   { online: 0.8, signed: 0.7, ecommerce: 0.6 },
 *   framework,
 * );
 * Math.round(result.change * 1e4) / 1e4; // 0.2
 * result.nodes.map((n) => [n.id, Math.round(n.contribution * 1e4) / 1e4]); // [['dti', 0.2], ['government', 0.1], ['online', 0.1], ['signed', 0], ['economy', 0.1], ['ecommerce', 0.1]]
 * ```
 *
 * @example
 * ```ts
 * import { compositeIndex, decomposeChange } from 'vn-dx';
 *
 * const framework = { id: 'index', children: ['online', 'signed'] };
 * const in2023 = compositeIndex({ '01': { online: 60, signed: 80 }, '79': { online: 70, signed: 90 } }, framework);
 * const in2024 = compositeIndex({ '01': { online: 90, signed: 80 }, '79': { online: 75, signed: 90 } }, framework);
 * decomposeChange(in2023, in2024, framework, { unit: '01' }).nodes.map((n) => [n.id, n.contribution]); // [['index', 15], ['online', 15], ['signed', 0]]
 * ```
 *
 * @category Planning
 */
export function decomposeChange(
  before: UnitValues,
  after: UnitValues,
  framework: FrameworkNode | string,
  options?: DecomposeChangeOptions,
): ChangeDecomposition {
  const settings = options === undefined ? {} : record(options, 'options', '{ unit }');
  knownKeys(settings, DECOMPOSE_CHANGE_OPTIONS, 'options');
  const from = valuesAt(before, settings.unit, 'before');
  const to = valuesAt(after, settings.unit, 'after');
  const seen = new Set<string>();
  const evaluate = (
    input: FrameworkNode | string,
    path: string,
    parent: string | null,
  ): Evaluated => {
    const node: FrameworkNode = typeof input === 'string' ? { id: input } : input;
    if (typeof node !== 'object' || node === null || typeof node.id !== 'string' || node.id === '')
      fail('INVALID_ARGUMENT', path, 'a node { id, … } or an indicator id', input);
    if (seen.has(node.id))
      raise('INVALID_ARGUMENT', path, `node id ${describe(node.id)} appears twice`);
    seen.add(node.id);
    const children = node.children ?? [];
    if (!Array.isArray(children))
      fail('INVALID_ARGUMENT', `${path}.children`, 'an array of nodes', children);
    if (children.length === 0) {
      const value = (side: Readonly<Record<string, unknown>>, name: string) => {
        if (!Object.hasOwn(side, node.id))
          raise(
            'UNKNOWN_ID',
            name,
            `no value for leaf ${describe(node.id)}; give every leaf of the framework a value`,
          );
        return finiteNumber(side[node.id], `${name}[${JSON.stringify(node.id)}]`);
      };
      return {
        id: node.id,
        parent,
        before: value(from, 'before'),
        after: value(to, 'after'),
        children: [],
        // Stryker disable next-line StringLiteral: a leaf's method is never read: only a node with children passes changes on.
        method: 'arithmetic',
        p: 1,
      };
    }
    if (node.normalize !== undefined)
      raise(
        'INVALID_ARGUMENT',
        '',
        `${path} (${node.id}): normalises across units, which one unit's change cannot follow; normalise the leaf values first and drop the node's normalize`,
      );
    const method = oneOf(
      node.aggregate?.method ?? 'arithmetic',
      METHODS,
      `${path} (${node.id}).aggregate.method`,
    );
    const parts = children.map((child, i) => {
      // Stryker disable next-line ConditionalExpression,StringLiteral,ObjectLiteral: the spec is read only for its weight, which a string lacks as {} does: weight 1 either way.
      const spec = typeof child === 'string' ? { id: child } : child;
      const w = weight(spec?.weight ?? 1, `${path}.children[${i}].weight`);
      return { node: evaluate(child, `${path}.children[${i}]`, node.id), weight: w };
    });
    const total = parts.reduce((sum, p) => sum + p.weight, 0);
    someWeight(total, `${path} (${node.id}).children`);
    if (method !== 'arithmetic') {
      for (const { node: child, weight: w } of parts)
        if (w > 0 && !(child.before > 0 && child.after > 0))
          raise(
            'INVALID_ARGUMENT',
            child.id,
            `values ${child.before} and ${child.after} under the ${method} node ${describe(node.id)}; its decomposition needs values > 0`,
          );
    }
    const weights = parts.map((part) => part.weight);
    // Stryker disable next-line ConditionalExpression: p is read only by a generalised mean's slope; the other methods return before it.
    const p = method === 'generalized-mean' ? (node.aggregate?.p as number) : 1;
    const mean = (side: 'before' | 'after') =>
      aggregate(
        parts.map((part) => part.node[side]),
        weights,
        method === 'generalized-mean' ? { method, p } : { method },
      ) as number;
    return {
      id: node.id,
      parent,
      before: mean('before'),
      after: mean('after'),
      children: parts.map((part) => ({ node: part.node, share: part.weight / total })),
      method,
      p,
    };
  };
  const root = evaluate(framework, 'framework', null);
  const nodes: NodeContribution[] = [];
  const walk = (node: Evaluated, factor: number) => {
    const change = node.after - node.before;
    nodes.push({
      id: node.id,
      parent: node.parent,
      before: node.before,
      after: node.after,
      change,
      contribution: factor * change,
    });
    for (const { node: child, share } of node.children)
      walk(child, factor * edgeFactor(node, child, share));
  };
  walk(root, 1);
  return { before: root.before, after: root.after, change: root.after - root.before, nodes };
}
