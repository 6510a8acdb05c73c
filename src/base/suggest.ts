/**
 * "Did you mean …?": the closest candidate by edit distance, when it is close enough to be a
 * likely misspelling.
 */
import { excerpt } from "./input-issue.js";

function nearest(target: string, candidates: Iterable<string>): string | undefined {
  // A long string is no misspelling of a key, and comparing it would cost its length squared.
  if (target.length > MAX_TARGET) return undefined;
  let best: string | undefined;
  let bestD = Math.max(2, Math.floor(target.length / 3)) + 1;
  for (const c of candidates) {
    const d = editDistance(target, c, bestD);
    if (d < bestD) {
      bestD = d;
      best = c;
    }
  }
  return best;
}

/** Strings longer than this get no suggestion. */
const MAX_TARGET = 64;

/**
 * The words " (did you mean 'x'?)" for the nearest candidate, or "" when none is close.
 *
 * @example
 * ```ts
 * didYouMean("part-fo", ["part-of", "sum"]); //=> " (did you mean 'part-of'?)"
 * ```
 */
export function didYouMean(target: string, candidates: Iterable<string>): string {
  const near = nearest(target, candidates);
  return near !== undefined ? ` (did you mean '${excerpt(near)}'?)` : "";
}

/** Levenshtein distance, stopping at `cap`. */
function editDistance(a: string, b: string, cap: number): number {
  if (Math.abs(a.length - b.length) >= cap) return cap;
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) {
      cur[j] = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    prev = cur;
  }
  return prev[b.length]!;
}
