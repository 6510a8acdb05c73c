/**
 * The one timing helper of the benchmarks: the best (smallest) wall time of `runs` calls of `fn`,
 * with the last result. `warmup` runs `fn` once untimed first (for the JIT). `cpu` is the best
 * CPU time of the process over one call (user + system), which other work on a shared machine
 * does not lengthen as it does the wall time.
 *
 * @param {number} runs
 * @param {() => T} fn
 * @param {{ warmup?: boolean }} [options]
 * @returns {{ ms: number, cpu: number, result: T }}
 * @template T
 */
export function best(runs, fn, { warmup = false } = {}) {
  let result = warmup ? fn() : undefined;
  let ms = Infinity;
  let cpu = Infinity;
  for (let k = 0; k < runs; k++) {
    const c = process.cpuUsage();
    const t = performance.now();
    result = fn();
    ms = Math.min(ms, performance.now() - t);
    const used = process.cpuUsage(c);
    cpu = Math.min(cpu, (used.user + used.system) / 1000);
  }
  return { ms, cpu, result };
}
