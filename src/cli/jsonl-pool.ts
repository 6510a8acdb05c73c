/**
 * A pool of worker threads that check batches of archive lines. Each worker holds one batch at a
 * time; batches wait in a queue for the next free worker. A worker that stops (an uncaught error,
 * running out of memory, an exit) fails only the batch it held: that batch comes back as the
 * lines `crashed` makes, and a new worker is started when the next batch needs one.
 */
import { Worker } from "node:worker_threads";

/** One line sent to a worker: its place in the output, its number in the input and its text. */
export interface PoolItem {
  readonly seq: number;
  readonly line: number;
  readonly text: string;
}

/** What a worker sends back for each line: its place in the output, with what the line gave. */
export type PoolResult<R> = R & { readonly seq: number };

interface Job<R> {
  readonly items: readonly PoolItem[];
  readonly done: (results: ReadonlyArray<PoolResult<R>>) => void;
}

interface Slot<R> {
  readonly worker: Worker;
  job?: Job<R>;
  stopped: boolean;
}

/** Where the workers come from, and what to make of a batch whose worker stopped. */
export interface PoolOptions<R> {
  /** The worker script: it answers each message `{ items }` with one result per item. */
  readonly script: URL;
  /** Given to every worker as `workerData`. */
  readonly workerData: unknown;
  /** The results of a batch whose worker stopped, given why it stopped. */
  readonly crashed: (items: readonly PoolItem[], why: string) => ReadonlyArray<PoolResult<R>>;
}

/** A fixed number of worker threads, started as they are needed. */
export class WorkerPool<R> {
  private readonly slots: Array<Slot<R>> = [];
  private readonly queue: Array<Job<R>> = [];
  private closed = false;

  constructor(
    private readonly size: number,
    private readonly options: PoolOptions<R>,
  ) {}

  /** Whether a batch given now would start at once (a worker is free, or one can be started). */
  get hasIdle(): boolean {
    return this.queue.length === 0 && (this.slots.length < this.size || this.slots.some((s) => !s.job));
  }

  /** Checks a batch; resolves with one result per item, in any order (never rejects). */
  run(items: readonly PoolItem[]): Promise<ReadonlyArray<PoolResult<R>>> {
    return new Promise((done) => {
      this.queue.push({ items, done });
      this.next();
    });
  }

  /** Stops every worker (after the batches given have come back). */
  async close(): Promise<void> {
    this.closed = true;
    const slots = this.slots.splice(0);
    await Promise.all(slots.map((s) => (s.stopped ? undefined : s.worker.terminate())));
  }

  /** Gives queued batches to free workers, starting workers up to the pool's size. */
  private next(): void {
    while (this.queue.length > 0) {
      let slot = this.slots.find((s) => !s.job);
      if (!slot && this.slots.length < this.size) slot = this.start();
      if (!slot) return;
      const job = this.queue.shift()!;
      slot.job = job;
      slot.worker.postMessage({ items: job.items });
    }
  }

  private start(): Slot<R> {
    const worker = new Worker(this.options.script, { workerData: this.options.workerData });
    const slot: Slot<R> = { worker, stopped: false };
    this.slots.push(slot);
    worker.on("message", (results: ReadonlyArray<PoolResult<R>>) => {
      const job = slot.job;
      slot.job = undefined;
      job?.done(results);
      this.next();
    });
    const stop = (why: string) => {
      if (slot.stopped) return;
      slot.stopped = true;
      const i = this.slots.indexOf(slot);
      if (i >= 0) this.slots.splice(i, 1);
      const job = slot.job;
      slot.job = undefined;
      if (job) job.done(this.options.crashed(job.items, why));
      if (!this.closed) this.next();
    };
    worker.on("error", (e) => stop(e instanceof Error ? e.message : String(e)));
    worker.on("exit", (code) => stop(`the worker thread exited with code ${code}`));
    return slot;
  }
}
