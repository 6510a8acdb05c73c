/**
 * Benchmark of the desk page, run by `npm run bench` (or `node bench/run.mjs desk`): the built
 * page served by `claimcheck desk`, in Debian's headless Chromium, the seed article and a text of
 * about 50,000 words (the scanner benchmark's generator) pasted in. Paste to results is timed in
 * the page, from the paste (the textarea's value set and its input event, as a paste delivers
 * it) to the first frame after the results are drawn; the worker's own time and the drawing are
 * shown apart, with the longest task on the page's thread (what a person typing would feel).
 * The baseline is `checkText` on the same text in Node, in the same run.
 */
import { spawn } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { checkText } from "../dist/index.js";
import { buildCorpus } from "./scanner.mjs";
import { best } from "./timing.mjs";

const root = fileURLToPath(new URL("..", import.meta.url));
const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

/** @param {(line: string) => void} log */
export async function benchDesk(log) {
  if (!existsSync(CHROMIUM)) {
    log(`desk: skipped (no Chromium at ${CHROMIUM})`);
    return;
  }
  const { chromium } = await import("playwright-core");
  const server = spawn(process.execPath, [`${root}dist/cli.js`, "desk", "--port", "0"], { stdio: ["ignore", "pipe", "ignore"] });
  const url = await new Promise((resolve, reject) => {
    let out = "";
    server.stdout.on("data", (d) => {
      out += d;
      if (out.endsWith("\n")) resolve(out.trim());
    });
    server.on("exit", (code) => reject(new Error(`claimcheck desk exited with ${code}`)));
  });
  const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: ["--no-sandbox", "--disable-gpu"] });
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(url);
    await page.waitForFunction(() => document.getElementById("status").dataset.state === "ready", null, { timeout: 120_000 });
    const seed = readFileSync(`${root}claims/seed/article.txt`, "utf8");
    const large = buildCorpus(330_000);
    const words = large.split(/\s+/).length;
    for (const [name, text, runs] of [
      ["seed article", seed, 10],
      [`generated text (${words.toLocaleString("en-US")} words)`, large, 3],
    ]) {
      const node = best(runs, () => checkText(text), { warmup: true });
      let fastest;
      for (let i = 0; i <= runs; i++) {
        // Alternate a trailing space so that every paste is a new text.
        const r = await page.evaluate(pasteAndTime, text + " ".repeat(i % 2));
        if (i > 0 && (!fastest || r.total < fastest.total)) fastest = r;
      }
      log(
        `desk: ${name}: paste to results ${fastest.total.toFixed(0)} ms (worker ${fastest.worker.toFixed(0)} ms, drawing ${fastest.draw.toFixed(0)} ms; longest task on the page's thread ${fastest.longest.toFixed(0)} ms); ` +
          `checkText in Node ${node.ms.toFixed(2)} ms; ratio ${(fastest.total / node.ms).toFixed(1)}×`,
      );
    }
  } finally {
    await browser.close();
    server.kill();
  }
}

/** In the page: paste `text`, resolve with the times once the results are on screen. */
function pasteAndTime(text) {
  return new Promise((resolve) => {
    const status = document.getElementById("status");
    const before = document.body.dataset.ready;
    let longest = 0;
    const observer = new PerformanceObserver((list) => {
      for (const e of list.getEntries()) longest = Math.max(longest, e.duration);
    });
    observer.observe({ type: "longtask" });
    const t0 = performance.now();
    const area = document.getElementById("text");
    area.value = text;
    area.dispatchEvent(new InputEvent("input", { bubbles: true, inputType: "insertFromPaste" }));
    const poll = () => {
      if (document.body.dataset.ready === before || status.dataset.state !== "ready") return setTimeout(poll, 5);
      requestAnimationFrame(() =>
        setTimeout(() => {
          const total = performance.now() - t0;
          for (const e of observer.takeRecords()) longest = Math.max(longest, e.duration);
          observer.disconnect();
          const worker = Number(/in ([\d,]+) ms/.exec(status.textContent)?.[1]?.replace(/,/g, "") ?? NaN);
          const draw = (document.body.dataset.timing ?? "").split(" ").reduce((a, b) => a + Number(b), 0);
          resolve({ total, worker, draw, longest });
        }, 0),
      );
    };
    poll();
  });
}
