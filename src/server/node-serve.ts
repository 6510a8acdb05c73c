/**
 * The Node adapter: the app on a Node HTTP server (@hono/node-server), its work in a pool of
 * worker threads, timeouts on slow requests, and a graceful close: no new connection, the
 * requests in flight answered (their connections then closed), the workers stopped.
 */
import type { AddressInfo } from "node:net";
import { availableParallelism } from "node:os";
import { createAdaptorServer } from "@hono/node-server";
import type { Server } from "node:http";
import { createApp, DEFAULT_MAX_BODY_BYTES } from "./app.js";
import { inProcessEngine, type Engine } from "./engine.js";
import { serverWorkerScript, workerPoolEngine } from "./node-pool.js";

/** How the server runs. */
export interface ServerOptions {
  /** The address to listen on. Default 127.0.0.1 (this machine only). */
  readonly host?: string;
  /** The port. Default 8787; 0 takes a free one. */
  readonly port?: number;
  /** A bearer token every request but `GET /healthz` must carry. Default: none. */
  readonly token?: string;
  /** Origins allowed by CORS. Default: none. */
  readonly corsOrigins?: readonly string[];
  /** The largest request body, in bytes. Default 1,000,000. */
  readonly maxBodyBytes?: number;
  /** Milliseconds of engine work a request may take. Default 10,000. */
  readonly budgetMs?: number;
  /** Worker threads. Default: the available parallelism. */
  readonly workers?: number;
  /** Requests that may wait for a worker. Default: 8 a worker. */
  readonly maxQueue?: number;
  /** Takes the log lines (JSON, without a newline). Default: none. */
  readonly log?: (line: string) => void;
  /** The version named in `/healthz`. */
  readonly version?: string;
  /** Milliseconds the close waits for requests in flight before it cuts their connections. Default: the budget and 5 s. */
  readonly graceMs?: number;
  /**
   * Milliseconds a client has to send its whole request (headers within a third of it, at most
   * 10 s); a slower one is answered 408 and its connection closed, so none is left hanging.
   * Default 30,000.
   */
  readonly requestTimeoutMs?: number;
}

/** A running server. */
export interface RunningServer {
  /** Where it listens: `http://127.0.0.1:8787`. */
  readonly url: string;
  /** Closes it gracefully (see the module); resolves once it is closed. */
  close(): Promise<void>;
}

/**
 * The engine's budget by default, in milliseconds.
 *
 * @example
 * ```ts
 * DEFAULT_BUDGET_MS; //=> 10000
 * ```
 */
export const DEFAULT_BUDGET_MS = 10_000;

/**
 * Starts the server.
 *
 * @example
 * ```ts
 * const server = await startServer({ port: 0 });
 * const res = await fetch(`${server.url}/healthz`);
 * res.status; //=> 200
 * await server.close();
 * ```
 */
export async function startServer(options: ServerOptions = {}): Promise<RunningServer> {
  const budgetMs = options.budgetMs ?? DEFAULT_BUDGET_MS;
  const requestTimeout = options.requestTimeoutMs ?? 30_000;
  const workers = options.workers ?? Math.max(1, availableParallelism());
  const script = serverWorkerScript();
  const engine: Engine = script ? workerPoolEngine({ workers, maxQueue: options.maxQueue ?? 8 * workers, budgetMs, script }) : inProcessEngine();
  if (!script) options.log?.(JSON.stringify({ time: new Date().toISOString(), event: "warning", message: "the worker script (dist/server-worker.js) is not there: requests are worked in the server's own thread, with no budget" }));
  let closing = false;
  const app = createApp({
    engine,
    maxBodyBytes: options.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES,
    ...(options.token !== undefined ? { token: options.token } : {}),
    ...(options.corsOrigins ? { corsOrigins: options.corsOrigins } : {}),
    ...(options.log ? { log: options.log } : {}),
    ...(options.version !== undefined ? { version: options.version } : {}),
    closing: () => closing,
  });
  const server = createAdaptorServer({
    fetch: app.fetch,
    // A request must send its headers within 10 s and its whole body within 30 s (or as told); an
    // idle connection closes after 5 s. Node checks these at an interval: a tenth of the timeout.
    serverOptions: {
      headersTimeout: Math.min(10_000, Math.ceil(requestTimeout / 3)),
      requestTimeout,
      keepAliveTimeout: 5_000,
      connectionsCheckingInterval: Math.max(10, Math.min(30_000, Math.floor(requestTimeout / 10))),
    },
  }) as Server;
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port ?? 8787, options.host ?? "127.0.0.1", () => {
      server.off("error", reject);
      resolve();
    });
  });
  const address = server.address() as AddressInfo;
  const host = address.family === "IPv6" ? `[${address.address}]` : address.address;
  let closed: Promise<void> | undefined;
  return {
    url: `http://${host}:${address.port}`,
    close() {
      closed ??= (async () => {
        closing = true;
        const done = new Promise<void>((resolve) => server.close(() => resolve()));
        server.closeIdleConnections();
        const grace = setTimeout(() => server.closeAllConnections(), options.graceMs ?? budgetMs + 5_000);
        await done;
        clearTimeout(grace);
        await engine.close?.();
      })();
      return closed;
    },
  };
}

/**
 * Runs the server until SIGTERM or SIGINT (or `signal` aborts), then closes it gracefully: what `claimcheck serve`
 * does. Logs one JSON line when it listens, one when a signal comes and one when it has closed.
 *
 * @example
 * ```ts
 * const lines: string[] = [];
 * const stop = new AbortController();
 * const served = runServer({ port: 0, workers: 1, log: (l) => lines.push(l), signal: stop.signal });
 * while (lines.length === 0) await new Promise((r) => setTimeout(r, 10));
 * JSON.parse(lines[0]).event; //=> "listening"
 * stop.abort();
 * await served;
 * JSON.parse(lines.at(-1)).event; //=> "closed"
 * ```
 */
export async function runServer(options: ServerOptions & { readonly log: (line: string) => void; readonly signal?: AbortSignal }): Promise<void> {
  const server = await startServer(options);
  const log = (event: string, extra: Record<string, unknown> = {}) => options.log(JSON.stringify({ time: new Date().toISOString(), event, ...extra }));
  log("listening", { url: server.url });
  await new Promise<void>((resolve) => {
    const stop = (signal: NodeJS.Signals | "abort") => {
      process.off("SIGTERM", stop);
      process.off("SIGINT", stop);
      options.signal?.removeEventListener("abort", aborted);
      log("closing", { signal });
      void server.close().then(resolve);
    };
    const aborted = () => stop("abort");
    process.on("SIGTERM", stop);
    process.on("SIGINT", stop);
    options.signal?.addEventListener("abort", aborted);
  });
  log("closed");
}
