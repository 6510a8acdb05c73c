/**
 * A worker thread of the server's pool: it answers each job with its outcome. `runJob` catches
 * every failure of a job, so one bad request never stops the worker.
 */
import { parentPort } from "node:worker_threads";
import { runJob, type Job } from "./work.js";

parentPort?.on("message", (job: Job) => {
  parentPort?.postMessage(runJob(job));
});
