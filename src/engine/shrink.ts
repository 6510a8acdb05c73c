/**
 * Deletion filter in shrinking chunks: drop chunks (halves, quarters, … single elements) whose
 * removal keeps the set infeasible. The last pass tries every element alone, so the result is
 * minimal: removing any one element makes it feasible. A test may answer `undefined` (it could
 * not tell): the chunk is kept, and when that happens in the last pass `unsettled` is called, for
 * the result is then not proven minimal.
 *
 * @example
 * ```ts
 * // The smallest subset whose sum exceeds 10, found by deleting what is not needed:
 * shrink([1, 2, 9, 3], (s) => [...s].reduce((a, b) => a + b, 0) > 10); //=> [9, 3]
 * ```
 */
export function shrink<T>(items: readonly T[], infeasible: (subset: ReadonlySet<T>) => boolean | undefined, unsettled?: () => void): T[] {
  let current = [...items];
  let chunk = Math.max(1, Math.floor(current.length / 2));
  for (;;) {
    let i = 0;
    while (i < current.length) {
      const candidate = [...current.slice(0, i), ...current.slice(i + chunk)];
      const r = candidate.length < current.length ? infeasible(new Set(candidate)) : false;
      if (r === true) current = candidate;
      else {
        if (r === undefined && chunk === 1) unsettled?.();
        i += chunk;
      }
    }
    if (chunk === 1) break;
    chunk = Math.max(1, Math.floor(chunk / 2));
  }
  return current;
}

