/**
 * The one timing helper of the benchmarks: the best (smallest) wall time of `runs` calls of `fn`,
 * with the last result. `warmup` runs `fn` once untimed first (for the JIT).
 *
 * @param {number} runs
 * @param {() => T} fn
 * @param {{ warmup?: boolean }} [options]
 * @returns {{ ms: number, result: T }}
 * @template T
 */
export function best(runs, fn, { warmup = false } = {}) {
  let result = warmup ? fn() : undefined;
  let ms = Infinity;
  for (let k = 0; k < runs; k++) {
    const t = performance.now();
    result = fn();
    ms = Math.min(ms, performance.now() - t);
  }
  return { ms, result };
}
