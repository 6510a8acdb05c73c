/**
 * Benchmark of `claimcheck serve`, on loopback only, run by `npm run bench` after the build (or
 * alone: `node bench/serve.mjs`). The built CLI serves on 127.0.0.1 (a free port) as a child
 * process, with its default workers; a load generator in this process (Node's http, keep-alive,
 * N connections each sending one request at a time) sends a bounded number of requests:
 *
 * - the seed claims file (claims/seed/claims.yaml, its text inline: the server reads no file) and
 *   a 5,000-word article (generated as bench/jsonl.mjs makes its archives), each at 1, 10 and 50
 *   connections: requests per second, p50 and p99 latency, and the count sent and answered;
 * - the same work in this process (`runJob`, no HTTP, one job at a time), in the same run, as the
 *   baseline; the server's workers and this process are warmed up first;
 * - a storm: malformed, oversized and slow requests sent while well-formed ones run, and how many
 *   of the well-formed ones succeeded.
 *
 * - a soak: 10 connections for 60 seconds (`BENCH_SOAK_SECONDS`), the server's resident memory
 *   (its process, worker threads included: /proc/PID/status, Linux) every 10 seconds.
 */
import { spawn } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { Agent, request } from "node:http";
import { availableParallelism, loadavg } from "node:os";
import { fileURLToPath } from "node:url";
import { parse } from "yaml";
import { runJob } from "../dist/server.js";
import { buildArticles } from "./jsonl.mjs";

const CLI = fileURLToPath(new URL("../dist/cli.js", import.meta.url));

/** The seed claims file with its text inline. */
function seedClaims() {
  const content = parse(readFileSync(new URL("../claims/seed/claims.yaml", import.meta.url), "utf8"));
  const { textFile: _t, ...document } = content.document;
  return { ...content, document: { ...document, text: readFileSync(new URL("../claims/seed/article.txt", import.meta.url), "utf8") } };
}

/** An article of at least 5,000 words, the same every run. */
function longArticle() {
  let text = "";
  for (const a of buildArticles(200)) {
    text += a.text + "\n\n";
    if (text.split(/\s+/).length >= 5_000) break;
  }
  return text;
}

/** One request: its status and milliseconds (status 0 when the connection failed). */
function send(agent, url, type, body) {
  const u = new URL(url);
  const started = performance.now();
  return new Promise((resolve) => {
    const req = request({ host: u.hostname, port: u.port, path: u.pathname + u.search, method: "POST", agent, headers: { "content-type": type, "content-length": Buffer.byteLength(body) } }, (res) => {
      res.resume();
      res.on("end", () => resolve({ status: res.statusCode ?? 0, ms: performance.now() - started }));
    });
    req.on("error", () => resolve({ status: 0, ms: performance.now() - started }));
    req.end(body);
  });
}

/** `total` requests over `connections` keep-alive connections. */
async function load(url, type, body, connections, total) {
  const agent = new Agent({ keepAlive: true, maxSockets: connections });
  const results = [];
  let sent = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: connections }, async () => {
      while (sent < total) {
        sent++;
        results.push(await send(agent, url, type, body));
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  agent.destroy();
  const ms = results.map((r) => r.ms).sort((a, b) => a - b);
  const at = (q) => ms[Math.min(ms.length - 1, Math.floor(q * ms.length))];
  const by = {};
  for (const r of results) by[r.status] = (by[r.status] ?? 0) + 1;
  return { sent, answered: results.filter((r) => r.status !== 0).length, by, rps: results.length / seconds, p50: at(0.5), p99: at(0.99) };
}

/** The in-process baseline: jobs per second and the median time of one. */
function inProcess(job, count, warm) {
  for (let i = 0; i < warm; i++) runJob(job); // warmed up as the server's workers are
  const times = [];
  for (let i = 0; i < count; i++) {
    const t = performance.now();
    runJob(job);
    times.push(performance.now() - t);
  }
  times.sort((a, b) => a - b);
  return { rps: 1000 / (times.reduce((a, b) => a + b, 0) / count), p50: times[Math.floor(count / 2)] };
}

const fmt = (n, d = 1) => n.toLocaleString("en-US", { maximumFractionDigits: d, minimumFractionDigits: d });

export async function benchServe(log) {
  const proc = spawn(process.execPath, [CLI, "serve", "--port", "0", "--max-queue", "1000"], { stdio: ["ignore", "ignore", "pipe"] });
  let stderr = "";
  const base = await new Promise((resolve, reject) => {
    proc.stderr.on("data", (d) => {
      stderr += d;
      const m = /"url":"(http:\/\/[^"]+)"/.exec(stderr);
      if (m) resolve(m[1]);
    });
    proc.on("exit", () => reject(new Error(stderr)));
  });
  try {
    const claims = seedClaims();
    const article = longArticle();
    const inputs = [
      { name: "seed claims file", body: JSON.stringify({ claims, name: "claims.yaml" }), job: { kind: "check-claims", name: "claims.yaml", claims, options: {} }, counts: { 1: 200, 10: 1_000, 50: 2_000 } },
      { name: `${article.split(/\s+/).length.toLocaleString("en-US")}-word article`, body: JSON.stringify({ text: article, name: "article.txt" }), job: { kind: "check-text", name: "article.txt", text: article, options: {} }, counts: { 1: 20, 10: 60, 50: 100 } },
    ];
    // Warm the workers up (their code is compiled as it runs), as a server is after a few requests.
    for (const input of inputs) await load(`${base}/v1/check`, "application/json", input.body, 2, input === inputs[0] ? 200 : 10);
    log(`serve, on loopback (127.0.0.1), workers: the default (${availableParallelism()}), load ${loadavg().map((l) => fmt(l, 2)).join(" ")}`);
    for (const input of inputs) {
      const own = inProcess(input.job, input.counts[1], input === inputs[0] ? 200 : 10);
      log(`  ${input.name}: in this process ${fmt(own.rps)} /s (one job ${fmt(own.p50)} ms, no HTTP)`);
      for (const c of [1, 10, 50]) {
        const r = await load(`${base}/v1/check`, "application/json", input.body, c, input.counts[c]);
        log(`    ${String(c).padStart(2)} connections: ${fmt(r.rps)} req/s, p50 ${fmt(r.p50)} ms, p99 ${fmt(r.p99)} ms; sent ${r.sent}, answered ${r.answered} (${Object.entries(r.by).map(([s, n]) => `${n} × ${s}`).join(", ")})`);
      }
    }
    // The soak: the seed claims file for a minute, the server's memory sampled as it goes.
    const soakSeconds = Number(process.env.BENCH_SOAK_SECONDS ?? 60);
    const status = `/proc/${proc.pid}/status`;
    const rss = () => (existsSync(status) ? Number(/VmRSS:\s+(\d+)/.exec(readFileSync(status, "utf8"))?.[1] ?? NaN) / 1024 : NaN);
    const samples = [rss()];
    const soakAgent = new Agent({ keepAlive: true, maxSockets: 10 });
    const until = performance.now() + soakSeconds * 1000;
    let soakSent = 0;
    let soakAnswered = 0;
    const sampler = setInterval(() => samples.push(rss()), 10_000);
    await Promise.all(
      Array.from({ length: 10 }, async () => {
        while (performance.now() < until) {
          soakSent++;
          if ((await send(soakAgent, `${base}/v1/check`, "application/json", inputs[0].body)).status === 200) soakAnswered++;
        }
      }),
    );
    clearInterval(sampler);
    samples.push(rss());
    soakAgent.destroy();
    log(`  soak, ${soakSeconds} s at 10 connections: sent ${soakSent}, answered 200 ${soakAnswered}; server RSS every 10 s: ${samples.map((m) => `${fmt(m, 0)} MB`).join(", ")}`);
    // The storm: malformed, oversized and slow requests beside well-formed ones.
    const agent = new Agent({ keepAlive: true, maxSockets: 20 });
    const good = JSON.stringify({ claims, name: "claims.yaml" });
    const u = new URL(base);
    const slow = () =>
      new Promise((resolve) => {
        const req = request({ host: u.hostname, port: u.port, path: "/v1/check", method: "POST", headers: { "content-type": "text/plain", "content-length": 40 } }, (res) => {
          res.resume();
          res.on("end", () => resolve(res.statusCode ?? 0));
        });
        req.on("error", () => resolve(0));
        req.write("It had 37 reports.");
        setTimeout(() => req.end(" Of these, 4 were credible.".slice(0, 22)), 2_000);
      });
    const kinds = { wellFormed: [], malformed: [], oversized: [], slow: [] };
    const jobs = [];
    for (let i = 0; i < 100; i++) {
      jobs.push(send(agent, `${base}/v1/check`, "application/json", good).then((r) => kinds.wellFormed.push(r.status)));
      jobs.push(send(agent, `${base}/v1/check`, "application/json", "{oops").then((r) => kinds.malformed.push(r.status)));
      if (i % 10 === 0) jobs.push(send(agent, `${base}/v1/check`, "text/plain", "x".repeat(2_000_000)).then((r) => kinds.oversized.push(r.status)));
      if (i % 10 === 0) jobs.push(slow().then((s) => kinds.slow.push(s)));
    }
    await Promise.all(jobs);
    agent.destroy();
    const count = (list) => Object.entries(list.reduce((m, s) => ((m[s] = (m[s] ?? 0) + 1), m), {})).map(([s, n]) => `${n} × ${s}`).join(", ");
    const sent = Object.values(kinds).reduce((n, l) => n + l.length, 0);
    const answered = Object.values(kinds).reduce((n, l) => n + l.filter((s) => s !== 0).length, 0);
    log(`  storm: sent ${sent}, answered ${answered}; well-formed ${count(kinds.wellFormed)}; malformed ${count(kinds.malformed)}; oversized ${count(kinds.oversized)}; slow ${count(kinds.slow)}`);
  } finally {
    proc.kill("SIGTERM");
    await new Promise((r) => proc.on("exit", r));
  }
}

// Run directly: `node bench/serve.mjs` (after `npm run build`).
if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  await benchServe((line) => console.log(line));
}
