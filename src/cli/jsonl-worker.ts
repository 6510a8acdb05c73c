/**
 * The worker thread of `claimcheck check --jsonl`: it answers each batch of lines with one result
 * a line, checked by `checkLine` with the options of the run (its `workerData`). `checkLine`
 * catches every failure of a line, so one bad text never stops the worker.
 */
import { parentPort, workerData } from "node:worker_threads";
import { checkLine, type LineOptions } from "./jsonl-line.js";
import type { PoolItem } from "./jsonl-pool.js";

const options = workerData as LineOptions;

parentPort?.on("message", (batch: { items: readonly PoolItem[] }) => {
  parentPort?.postMessage(batch.items.map((item) => ({ seq: item.seq, ...checkLine(item.text, item.line, options) })));
});
