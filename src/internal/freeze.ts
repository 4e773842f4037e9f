/**
 * Freezes a value and everything reachable from it, so exported data cannot be changed.
 * Objects that are already frozen are still searched (a shallow freeze elsewhere must not
 * leave their contents open), and each object is visited once, so cycles end.
 */
export function deepFreeze<T>(value: T, seen: WeakSet<object> = new WeakSet()): T {
  if (typeof value !== 'object' || value === null || seen.has(value)) return value;
  seen.add(value);
  Object.freeze(value);
  for (const key of Object.keys(value)) {
    deepFreeze((value as Record<string, unknown>)[key], seen);
  }
  return value;
}
