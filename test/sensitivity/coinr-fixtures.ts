// Reads the COINr reference fixtures written by scripts/coinr/*.R and turns their iMeta table
// into a vn-dx framework (children in iMeta order, as COINr lists them).
import { readFileSync } from 'node:fs';
import type { FrameworkNode } from '../../src/model/framework-node.js';

export function fixture<T>(name: string): T {
  return JSON.parse(
    readFileSync(new URL(`../fixtures/coinr/${name}.json`, import.meta.url), 'utf8'),
  ) as T;
}

export interface Meta {
  readonly iCode: readonly string[];
  readonly Level: readonly number[];
  readonly Parent: readonly (string | null)[];
  readonly Weight: readonly number[];
}

/** The framework COINr's iMeta describes: each node's children are the rows naming it as Parent. */
export function frameworkFromMeta(meta: Meta): FrameworkNode {
  const build = (row: number): FrameworkNode => {
    const id = meta.iCode[row] as string;
    const children = meta.iCode.flatMap((_, k) => (meta.Parent[k] === id ? [build(k)] : []));
    return children.length === 0
      ? { id, weight: meta.Weight[row] as number }
      : { id, weight: meta.Weight[row] as number, children };
  };
  return build(meta.Parent.indexOf(null));
}
