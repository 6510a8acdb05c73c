/**
 * `claimcheck check --jsonl`: an archive of raw texts, one JSON object a line, checked on every
 * core. The input is read as it comes (never whole): its lines are cut from the bytes, sent in
 * batches to worker threads (or, with one worker, checked in this thread), and their results are
 * written in input order through a reorder buffer keyed by the lines' places. Reading pauses
 * while too many lines are in flight (sent and not yet written) and while standard output is
 * full, so memory stays bounded however long the archive.
 */
import { existsSync } from "node:fs";
import { SEVERITY_RANK, type Severity } from "../base/severity.js";
import { checkLine, failedLine, notTextLine, tooLongLine, type LineOptions, type LineOutcome } from "./jsonl-line.js";
import { WorkerPool, type PoolItem, type PoolResult } from "./jsonl-pool.js";

/** What the archive mode writes to. */
export interface JsonlIO {
  stdout(text: string): void;
  drain?(): Promise<void>;
  stdoutClosed?(): boolean;
  stderr(text: string): void;
}

/** How an archive is checked. */
export interface JsonlRun {
  /** The archive's bytes (or text), as they come. */
  readonly input: AsyncIterable<Uint8Array | string>;
  readonly line: LineOptions;
  /** Worker threads; 1 checks in this thread. */
  readonly workers: number;
  /** The longest line read, in bytes; a longer one is an error line, skipped unread. */
  readonly maxLineBytes: number;
  /** `maxLineBytes` in words, for its error lines. */
  readonly maxLineWords: string;
  /** Write the progress line to standard error (it is a terminal). */
  readonly progress: boolean;
  readonly failOn: Severity;
  readonly maxWarnings?: number;
}

/** Lines per batch sent to a worker, at most. */
const BATCH_LINES = 64;
/** Characters per batch, at most (a batch of long texts is sent sooner). */
const BATCH_CHARS = 1 << 20;
/** Lines in flight per worker (sent, or checked and waiting for their turn to be written), at most. */
const PENDING_PER_WORKER = 4 * BATCH_LINES;
/** How often the progress line is rewritten, in milliseconds. */
const PROGRESS_EVERY = 200;

/** The worker script: beside this module in dist/, or in dist/ when this module runs from src/ (the tests). */
function workerScript(): URL | undefined {
  for (const rel of ["./jsonl-worker.js", "../../dist/jsonl-worker.js"]) {
    const url = new URL(rel, import.meta.url);
    if (existsSync(url)) return url;
  }
  return undefined;
}

/** Runs the archive mode; returns the exit code. */
export async function runJsonl(io: JsonlIO, run: JsonlRun): Promise<number> {
  const script = run.workers > 1 ? workerScript() : undefined;
  if (run.workers > 1 && !script) io.stderr("claimcheck: the worker script (dist/jsonl-worker.js) is not there: checking in this thread\n");
  const pool = script
    ? new WorkerPool<LineOutcome>(run.workers, {
        script,
        workerData: run.line,
        crashed: (items, why) => items.map((i) => ({ seq: i.seq, ...failedLine(i.line, undefined, why, run.line.source) })),
      })
    : undefined;
  const out = new Output(io, run);
  const maxPending = (pool ? run.workers : 1) * PENDING_PER_WORKER;
  let seq = 0;
  let batch: PoolItem[] = [];
  let batchChars = 0;
  const inFlight = new Set<Promise<void>>();

  const send = () => {
    if (batch.length === 0) return;
    const items = batch;
    batch = [];
    batchChars = 0;
    const job = pool!.run(items).then((results: ReadonlyArray<PoolResult<LineOutcome>>) => {
      for (const r of results) out.put(r.seq, r);
      out.flush();
    });
    inFlight.add(job);
    void job.finally(() => inFlight.delete(job));
  };
  const take = (line: number, raw: RawLine) => {
    if (raw.kind === "long") return out.put(seq++, tooLongLine(line, raw.bytes, run.maxLineWords, run.line.source));
    if (raw.kind === "bytes") return out.put(seq++, notTextLine(line, run.line.source));
    // An empty line (or one of spaces only) is skipped; the lines after it keep their numbers.
    if (isBlank(raw.text)) return;
    if (!pool) return out.put(seq++, checkLine(raw.text, line, run.line));
    batch.push({ seq: seq++, line, text: raw.text });
    batchChars += raw.text.length;
    if (batch.length >= BATCH_LINES || batchChars >= BATCH_CHARS) send();
  };

  const lines = new LineReader(run.maxLineBytes);
  try {
    for await (const chunk of run.input) {
      for (const [n, raw] of lines.push(chunk)) take(n, raw);
      out.flush();
      // A batch not yet full goes out when a worker is free, so a slow input never waits for a full one.
      if (pool?.hasIdle) send();
      while (seq - out.written >= maxPending && inFlight.size > 0) await Promise.race(inFlight);
      if (io.drain) await io.drain();
      // Nobody reads the results any more (`| head -1`): the rest of the archive is left unread.
      if (io.stdoutClosed?.()) break;
    }
    if (!io.stdoutClosed?.()) for (const [n, raw] of lines.end()) take(n, raw);
    out.flush();
    if (pool) send();
    while (inFlight.size > 0) await Promise.race(inFlight);
    if (io.drain) await io.drain();
  } finally {
    await pool?.close();
  }
  return out.finish();
}

/** The results written in input order, the progress line, and the tally for the exit code. */
class Output {
  /** Results that came back before their turn, by place. */
  private readonly waiting = new Map<number, LineOutcome>();
  /** How many results have been written (or joined the text to write). */
  written = 0;
  /** Results whose turn has come, not yet written. */
  private text = "";
  private malformed = false;
  private inconsistent = false;
  private atFailOn = false;
  private warnings = 0;
  private readonly started = Date.now();
  private shown = 0;
  private shownWidth = 0;

  constructor(
    private readonly io: JsonlIO,
    private readonly run: JsonlRun,
  ) {}

  /** Takes the result at place `seq`; every result whose turn has come joins the text to write. */
  put(seq: number, outcome: LineOutcome): void {
    this.waiting.set(seq, outcome);
    for (let o = this.waiting.get(this.written); o !== undefined; o = this.waiting.get(this.written)) {
      this.waiting.delete(this.written);
      this.written++;
      this.tally(o);
      this.text += o.json + "\n";
      if (this.text.length >= 1 << 16) this.flush();
    }
  }

  /** Writes the results whose turn has come. */
  flush(): void {
    if (this.text === "") return;
    this.io.stdout(this.text);
    this.text = "";
    this.tick(false);
  }

  private tally(o: LineOutcome): void {
    if (o.kind !== "checked" || o.verdict === "invalid") this.malformed = true;
    if (o.verdict === "inconsistent") this.inconsistent = true;
    const threshold = SEVERITY_RANK[this.run.failOn];
    for (const s of ["error", "warning", "info"] as const) if (o.counts[s] > 0 && SEVERITY_RANK[s] >= threshold) this.atFailOn = true;
    this.warnings += o.counts.warning;
  }

  /** Rewrites the progress line, at most every PROGRESS_EVERY ms unless it is the last. */
  private tick(last: boolean): void {
    if (!this.run.progress) return;
    const now = Date.now();
    if (!last && now - this.shown < PROGRESS_EVERY) return;
    this.shown = now;
    const seconds = Math.max(now - this.started, 1) / 1000;
    const line = `checked ${this.written.toLocaleString("en-US")} text${this.written === 1 ? "" : "s"} (${Math.round(this.written / seconds).toLocaleString("en-US")}/s)`;
    this.io.stderr(`\r${line}${" ".repeat(Math.max(0, this.shownWidth - line.length))}${last ? "\n" : ""}`);
    this.shownWidth = line.length;
  }

  /** The exit code: 2 when a line was malformed (or failed), else 1 when a text fails the run, else 0. */
  finish(): number {
    this.flush();
    this.tick(true);
    if (this.malformed) return 2;
    if (this.inconsistent || this.atFailOn) return 1;
    const max = this.run.maxWarnings;
    if (max !== undefined && this.warnings > max) {
      this.io.stderr(`claimcheck: ${this.warnings} warning${this.warnings === 1 ? "" : "s"}, more than --max-warnings ${max}\n`);
      return 1;
    }
    return 0;
  }
}

/** A line cut from the input: its text, bytes that are not UTF-8, or a line too long to read. */
type RawLine = { readonly kind: "text"; readonly text: string } | { readonly kind: "bytes" } | { readonly kind: "long"; readonly bytes: number };

function isBlank(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c !== 0x20 && c !== 0x09 && c !== 0x0d) return false;
  }
  return true;
}

/**
 * Cuts lines from bytes as they come: at each `\n` (a `\r` before it is dropped), each line
 * decoded as strict UTF-8 (a byte-order mark at the start of the input is dropped). A line longer
 * than the limit is not kept: only its length is counted, up to its end.
 */
class LineReader {
  private parts: Uint8Array[] = [];
  private size = 0;
  private long = false;
  private line = 0;
  private readonly decoder = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });
  private readonly encoder = new TextEncoder();

  constructor(private readonly max: number) {}

  /** The lines a chunk completes, with their 1-based numbers. */
  *push(chunk: Uint8Array | string): Generator<[number, RawLine]> {
    const bytes = typeof chunk === "string" ? this.encoder.encode(chunk) : chunk;
    let start = 0;
    for (let nl = bytes.indexOf(0x0a, start); nl >= 0; nl = bytes.indexOf(0x0a, start)) {
      this.add(bytes.subarray(start, nl));
      yield this.cut();
      start = nl + 1;
    }
    if (start < bytes.length) this.add(bytes.subarray(start));
  }

  /** The last line, when the input does not end with a newline. */
  *end(): Generator<[number, RawLine]> {
    if (this.size > 0 || this.long) yield this.cut();
  }

  private add(piece: Uint8Array): void {
    this.size += piece.length;
    if (this.long) return;
    if (this.size > this.max) {
      this.long = true;
      this.parts = [];
      return;
    }
    // A copy: the chunk's buffer may be reused by the stream.
    if (piece.length > 0) this.parts.push(piece.slice());
  }

  private cut(): [number, RawLine] {
    const n = ++this.line;
    const size = this.size;
    const long = this.long;
    const parts = this.parts;
    this.parts = [];
    this.size = 0;
    this.long = false;
    if (long) return [n, { kind: "long", bytes: size }];
    let bytes: Uint8Array;
    if (parts.length === 1) bytes = parts[0]!;
    else {
      bytes = new Uint8Array(size);
      let at = 0;
      for (const p of parts) {
        bytes.set(p, at);
        at += p.length;
      }
    }
    let end = bytes.length;
    if (end > 0 && bytes[end - 1] === 0x0d) end--;
    let begin = 0;
    if (n === 1 && end >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) begin = 3;
    try {
      return [n, { kind: "text", text: this.decoder.decode(bytes.subarray(begin, end)) }];
    } catch {
      return [n, { kind: "bytes" }];
    }
  }
}
