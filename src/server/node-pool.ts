/**
 * The Node adapter's engine: a pool of worker threads, as `check --jsonl` has (one job a worker
 * at a time, workers started as they are needed, a worker that stops fails only the job it
 * held), with a budget and a bounded queue. A job that runs past its budget has its worker
 * terminated (the job gets a 503 problem, the next job a new worker); a job that finds every
 * worker busy and the queue full gets a 503 at once. Every job gets an answer.
 */
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { Worker } from "node:worker_threads";
import type { Engine } from "./engine.js";
import { problem } from "./problem.js";
import { problemOutcome, type Job, type Outcome } from "./work.js";

/** The size of the pool and the limits of its jobs. */
export interface PoolEngineOptions {
  /** Worker threads (each does one job at a time). */
  readonly workers: number;
  /** Jobs that may wait for a worker; one more is answered 503 (saturated). */
  readonly maxQueue: number;
  /** Milliseconds a job may run in its worker before it is stopped (503, budget). */
  readonly budgetMs: number;
  /** The worker script. Default: dist/server-worker.js, beside this module once built. */
  readonly script?: URL;
}

interface Task {
  readonly job: Job;
  readonly done: (out: Outcome) => void;
}

interface Slot {
  readonly worker: Worker;
  task?: Task;
  timer?: ReturnType<typeof setTimeout>;
  stopped: boolean;
}

/** The worker script, when it is there: beside this module in dist/, or in dist/ from the sources. */
export function serverWorkerScript(): URL | undefined {
  for (const rel of ["./server-worker.js", "../../dist/server-worker.js"]) {
    const url = new URL(rel, import.meta.url);
    if (existsSync(fileURLToPath(url))) return url;
  }
  return undefined;
}

/** A pool engine, with the jobs it is running and holding. */
export interface PoolEngine extends Engine {
  /** Jobs running in a worker. */
  readonly busy: number;
  /** Jobs waiting for a worker. */
  readonly queued: number;
  /** Stops the workers; jobs still waiting get a 503 (shutting down). */
  close(): Promise<void>;
}

/**
 * A pool of worker threads that do the server's jobs.
 *
 * @example
 * ```ts
 * const engine = workerPoolEngine({ workers: 1, maxQueue: 0, budgetMs: 10_000 });
 * (await engine.run({ kind: "draft", text: "It had 37 reports." })).status; //=> 200
 * await engine.close();
 * ```
 */
export function workerPoolEngine(options: PoolEngineOptions): PoolEngine {
  const script = options.script ?? serverWorkerScript();
  if (!script) throw new Error("the server's worker script (dist/server-worker.js) is not there: run the build");
  const slots: Slot[] = [];
  const queue: Task[] = [];
  let closed = false;

  const finish = (slot: Slot, out: Outcome) => {
    const task = slot.task;
    if (slot.timer) clearTimeout(slot.timer);
    slot.task = undefined;
    slot.timer = undefined;
    task?.done(out);
  };
  const remove = (slot: Slot) => {
    slot.stopped = true;
    const i = slots.indexOf(slot);
    if (i >= 0) slots.splice(i, 1);
  };
  const start = (): Slot => {
    const worker = new Worker(script);
    const slot: Slot = { worker, stopped: false };
    slots.push(slot);
    worker.on("message", (out: Outcome) => {
      finish(slot, out);
      next();
    });
    const stop = () => {
      if (slot.stopped) return;
      remove(slot);
      finish(slot, problemOutcome(problem("internal", "the worker doing this request stopped (a bug in claimcheck, or the request ran out of memory)")));
      next();
    };
    worker.on("error", stop);
    worker.on("exit", stop);
    return slot;
  };
  const dispatch = (slot: Slot, task: Task) => {
    slot.task = task;
    slot.timer = setTimeout(() => {
      remove(slot);
      finish(slot, problemOutcome(problem("budget", `the request needed more than the engine's budget of ${options.budgetMs.toLocaleString("en-US")} ms`)));
      void slot.worker.terminate();
      next();
    }, options.budgetMs);
    slot.worker.postMessage(task.job);
  };
  function next(): void {
    while (queue.length > 0 && !closed) {
      let slot = slots.find((s) => !s.task);
      if (!slot && slots.length < options.workers) slot = start();
      if (!slot) return;
      dispatch(slot, queue.shift()!);
    }
  }
  return {
    get busy() {
      return slots.filter((s) => s.task).length;
    },
    get queued() {
      return queue.length;
    },
    run(job: Job): Promise<Outcome> {
      return new Promise((done) => {
        if (closed) return done(problemOutcome(problem("shutting-down", "the server is shutting down")));
        const free = slots.find((s) => !s.task) ?? (slots.length < options.workers ? start() : undefined);
        if (free) return dispatch(free, { job, done });
        if (queue.length >= options.maxQueue) return done(problemOutcome(problem("saturated", `every worker is busy and ${options.maxQueue} requests wait already: try again shortly`)));
        queue.push({ job, done });
      });
    },
    async close(): Promise<void> {
      closed = true;
      for (const task of queue.splice(0)) task.done(problemOutcome(problem("shutting-down", "the server is shutting down")));
      await Promise.all(slots.splice(0).map((s) => ((s.stopped = true), s.worker.terminate())));
    },
  };
}
