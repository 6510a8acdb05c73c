/**
 * `claimcheck/server`: the HTTP API. `createApp` is a Fetch-API app (mount it in any server or
 * runtime that answers `Request`s); `startServer` runs it on Node with its work in worker threads.
 * ESM only.
 *
 * @module claimcheck/server
 */
export { createApp, DEFAULT_MAX_BODY_BYTES, type AppOptions, type FetchApp } from "./server/app.js";
export { inProcessEngine, type Engine } from "./server/engine.js";
export { openApiDocument, type OpenApiOptions } from "./server/openapi.js";
export { PROBLEMS, type Problem, type ProblemIssue, type ProblemName } from "./server/problem.js";
export { runJob, type Job, type JobOptions, type Outcome } from "./server/work.js";
export { workerPoolEngine, type PoolEngine, type PoolEngineOptions } from "./server/node-pool.js";
export { DEFAULT_BUDGET_MS, runServer, startServer, type RunningServer, type ServerOptions } from "./server/node-serve.js";
