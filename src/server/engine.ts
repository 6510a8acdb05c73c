/**
 * Where the work of a request runs. The app hands each job to an engine: in the request's own
 * thread (`inProcessEngine`, for any Fetch-API runtime), or in a pool of worker threads with a
 * budget per job and a bounded queue (the Node adapter's `workerPoolEngine`).
 */
import { runJob, type Job, type Outcome } from "./work.js";

/** Runs jobs: resolves with the job's outcome, or with a problem (saturated, budget); never rejects. */
export interface Engine {
  /** Does one job: resolves with its outcome, or with a problem's (503 saturated or over budget, 500). */
  run(job: Job): Promise<Outcome>;
  /** Stops the engine once the jobs given have come back. */
  close?(): Promise<void>;
}

/**
 * The engine that does each job in the request's own thread: no worker, no budget (a job in
 * this thread cannot be stopped). For runtimes without worker threads; the Node server uses a
 * pool.
 *
 * @example
 * ```ts
 * const out = await inProcessEngine().run({ kind: "draft", text: "It had 37 reports." });
 * out.status; //=> 200
 * ```
 */
export function inProcessEngine(): Engine {
  return { run: (job) => Promise.resolve(runJob(job)) };
}
