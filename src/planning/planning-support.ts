// Small pieces the planning functions share: reading scores given as a record or a Map, a
// direction, optional options and a framework's root and its components. One rule each, with the guards' error shapes. Dated points
// are read by internal/dates.ts, as every dated function reads them.
import { fail, finiteOrNull, oneOf, record } from '../internal/guards.js';
import type { Direction } from '../model/direction.js';
import type { FrameworkNode } from '../model/framework-node.js';

/** Reads a direction, default higher is better (`INVALID_ARGUMENT`). */
export function readDirection(value: unknown, where = 'options.direction'): Direction {
  return oneOf(
    value ?? 'higher-is-better',
    ['higher-is-better', 'lower-is-better'] as const,
    where,
  );
}

/** Reads optional options: `undefined` gives `{}` (`INVALID_ARGUMENT` for a non-object). */
export function readOptions(
  value: unknown,
  what: string,
  where = 'options',
): Readonly<Record<string, unknown>> {
  return value === undefined ? {} : record(value, where, what);
}

/**
 * Entries of unit → value given as a record or a `Map`, values finite or `null`
 * (`INVALID_ARGUMENT` for another shape, `INVALID_NUMBER` naming the unit).
 */
export function unitEntries(
  values: unknown,
  where: string,
): readonly (readonly [string, number | null])[] {
  const entries =
    values instanceof Map
      ? [...(values as Map<unknown, unknown>).entries()]
      : Object.entries(record(values, where, 'a record or Map of unit → value'));
  return entries.map(([unit, value]) => {
    if (typeof unit !== 'string') fail('INVALID_ARGUMENT', `${where} key`, 'a unit code', unit);
    return [unit, finiteOrNull(value ?? null, `${where}[${JSON.stringify(unit)}]`)] as const;
  });
}

/**
 * A framework's root and its children, the components that planning splits a score between
 * (`INVALID_ARGUMENT` for a root that is not a node, or has no children).
 */
export function frameworkRoot(framework: unknown): {
  root: FrameworkNode;
  children: readonly (FrameworkNode | string)[];
} {
  const root = record(
    framework,
    'framework',
    'a framework node { id, children }',
  ) as unknown as FrameworkNode;
  const children = root.children;
  if (!Array.isArray(children) || children.length === 0)
    fail('INVALID_ARGUMENT', 'framework.children', 'a non-empty array of components', children);
  // Each component is read (its id, weight, leaves) before any deeper check could name it.
  for (let i = 0; i < children.length; i++) {
    const child: unknown = children[i];
    if (typeof child === 'string') continue;
    if (typeof child !== 'object' || child === null || typeof Reflect.get(child, 'id') !== 'string')
      fail(
        'INVALID_ARGUMENT',
        `framework.children[${i}]`,
        'a component id or node { id, … }',
        child,
      );
  }
  return { root, children };
}
