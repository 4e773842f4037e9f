// The uncertain inputs of `uncertainty`, `rankSensitivity` and `removeEach` (the public types of
// `options.alternatives`), and their check against a compiled framework.

import type { ImputeOptions } from '../composite/composite-types.js';
import type { Tree } from '../composite/tree.js';
import { describe } from '../internal/describe.js';
import { arrayLike, fail, knownKeys, oneOf, record } from '../internal/guards.js';
import { raise } from '../internal/issue.js';
import type { AggregateOptions, FrameworkNode, NormalizeMethod } from '../model/framework-node.js';

/**
 * One uncertain choice of a composite index, with its alternatives: each
 * replication of {@link uncertainty} draws one of `choices`, with equal
 * probability, and applies it to `nodes`. See {@link NormalizeAlternatives},
 * {@link LeafAlternatives}, {@link AggregateAlternatives} and
 * {@link ImputeAlternatives}.
 *
 * @category Analysis
 */
export type UncertainInput =
  | NormalizeAlternatives
  | LeafAlternatives
  | AggregateAlternatives
  | ImputeAlternatives;

/**
 * Alternative normalisations of leaves; see {@link UncertainInput}.
 *
 * @category Analysis
 */
export interface NormalizeAlternatives {
  /** Discriminant. */
  readonly kind: 'normalize';
  /** The input's name in results (default `'normalize'`); unique among the inputs. */
  readonly name?: string;
  /** The leaves it applies to (default every leaf). */
  readonly nodes?: readonly string[];
  /** The normalisations to draw from. */
  readonly choices: readonly NormalizeMethod[];
}

/**
 * Alternative leaf settings (`normalize`, and whatever else a leaf takes, such
 * as outlier treatment), merged into the leaves' own; `{}` keeps them as they
 * are. See {@link UncertainInput}.
 *
 * @category Analysis
 */
export interface LeafAlternatives {
  /** Discriminant. */
  readonly kind: 'leaves';
  /** The input's name in results (default `'leaves'`); unique among the inputs. */
  readonly name?: string;
  /** The leaves it applies to (default every leaf). */
  readonly nodes?: readonly string[];
  /** The settings to draw from; none may set `id`, `children` or `weight`. */
  readonly choices: readonly Readonly<Partial<Omit<FrameworkNode, 'id' | 'children'>>>[];
}

/**
 * Alternative aggregation options for nodes with children, merged over their
 * own; see {@link UncertainInput}.
 *
 * @category Analysis
 */
export interface AggregateAlternatives {
  /** Discriminant. */
  readonly kind: 'aggregate';
  /** The input's name in results (default `'aggregate'`); unique among the inputs. */
  readonly name?: string;
  /** The nodes it applies to (default every node with children). */
  readonly nodes?: readonly string[];
  /** The aggregation options to draw from. */
  readonly choices: readonly AggregateOptions[];
}

/**
 * Alternative `impute` options of `compositeIndex` (`null` for none); see
 * {@link UncertainInput}.
 *
 * @category Analysis
 */
export interface ImputeAlternatives {
  /** Discriminant. */
  readonly kind: 'impute';
  /** The input's name in results (default `'impute'`); unique among the inputs. */
  readonly name?: string;
  /** The imputations to draw from. */
  readonly choices: readonly (ImputeOptions | null)[];
}

/** A checked uncertain input. */
export interface Input {
  readonly name: string;
  readonly kind: UncertainInput['kind'];
  readonly nodes: readonly number[];
  readonly choices: readonly unknown[];
}

const KINDS = ['normalize', 'leaves', 'aggregate', 'impute'] as const;

/** The keys of an uncertain input (an impute input takes no `nodes`). */
export const UNCERTAIN_INPUT_KEYS = [
  'kind',
  'name',
  'nodes',
  'choices',
] as const satisfies readonly (keyof NormalizeAlternatives)[];

/** Checks `options.alternatives` against the framework: kinds, names, nodes and choices. */
export function checkInputs(tree: Tree, alternatives: unknown): Input[] {
  if (alternatives === undefined) return [];
  const list = arrayLike(alternatives, 'options.alternatives', 'an array of uncertain inputs');
  const names = new Set<string>();
  return Array.from(list, (entry, i) => {
    const where = `options.alternatives[${i}]`;
    const spec = record(entry, where, '{ kind, choices }');
    const kind = oneOf(spec.kind, KINDS, `${where}.kind`);
    knownKeys(spec, UNCERTAIN_INPUT_KEYS, where);
    const name = spec.name ?? kind;
    if (typeof name !== 'string' || name === '')
      fail('INVALID_ARGUMENT', `${where}.name`, 'a non-empty string', name);
    if (names.has(name))
      raise(
        'INVALID_ARGUMENT',
        `${where}.name`,
        `${describe(name)} is used twice; give each input its own name`,
      );
    names.add(name);
    const choices = Array.from(arrayLike(spec.choices, `${where}.choices`));
    if (choices.length === 0)
      raise('EMPTY_INPUT', `${where}.choices`, 'expected at least one alternative, got none');
    const leaf = kind !== 'aggregate';
    let nodes: number[] = [];
    if (kind === 'impute') {
      // Imputation applies to the whole index: a node list would be silently ignored.
      if (spec.nodes !== undefined)
        raise(
          'INVALID_ARGUMENT',
          `${where}.nodes`,
          'impute alternatives apply to the whole index; remove nodes',
        );
    } else {
      if (spec.nodes === undefined) {
        tree.nodes.forEach((node, k) => {
          if ((node.children.length === 0) === leaf) nodes.push(k);
        });
      } else {
        nodes = Array.from(arrayLike(spec.nodes, `${where}.nodes`), (id, j) => {
          // Map.get finds no key that is not a string: ids are strings.
          const k = tree.index.get(id as string);
          if (k === undefined)
            raise(
              'UNKNOWN_ID',
              `${where}.nodes[${j}]`,
              `${describe(id)} is not a node of the framework`,
            );
          const isLeaf = (tree.nodes[k] as { children: readonly number[] }).children.length === 0;
          if (isLeaf !== leaf)
            raise(
              'INVALID_ARGUMENT',
              `${where}.nodes[${j}]`,
              `${describe(id)} is ${isLeaf ? 'a leaf' : 'not a leaf'}; ${kind} alternatives apply to ${leaf ? 'leaves' : 'nodes with children'} only`,
            );
          return k;
        });
      }
    }
    choices.forEach((choice, j) => {
      if (kind === 'impute' && choice === null) return;
      const fields = record(choice, `${where}.choices[${j}]`);
      // A leaf setting cannot rename, regroup or reweigh a leaf: weights vary through options.weights.
      for (const key of ['id', 'children', 'weight']) {
        if (kind === 'leaves' && Object.hasOwn(fields, key))
          raise(
            'INVALID_ARGUMENT',
            `${where}.choices[${j}].${key}`,
            `a leaf alternative cannot set ${key}${key === 'weight' ? '; vary weights with options.weights' : ''}`,
          );
      }
    });
    return { name, kind, nodes, choices };
  });
}
