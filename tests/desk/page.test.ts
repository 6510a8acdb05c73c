/**
 * The desk page in a real browser (Debian's Chromium through playwright-core), served by
 * `claimcheck desk`: paste the seed article and see its relations and its "accessed" warning at
 * the right span; toggle a relation and edit a claim and see the report change; export the claims
 * file and check it with the CLI to the same findings; import it back; no request leaves the page
 * after load; keyboard, labels, 200 % zoom and axe-core; a screenshot for a human to look at.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { existsSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import axe from "axe-core";
import { chromium, type Browser, type BrowserContext, type Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { deskFolder, serveDesk, type DeskServer } from "../../src/cli/desk.js";
import { run } from "../../src/cli/run.js";

const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
// CI installs Debian's chromium (.ci/run); elsewhere the browser test is skipped without it.
const haveChromium = existsSync(CHROMIUM) || process.env.CI === "true";

const seed = readFileSync("claims/seed/article.txt", "utf8");
const axeSource = axe.source;
const OUT = resolve("bench/out");

let desk: DeskServer;
let browser: Browser;
let context: BrowserContext;
let page: Page;
/** Every request the page made, and how many of them were made by the time it had loaded. */
const requests: string[] = [];
let atLoad = 0;
let scratch: string;

/** Does `action`, then waits until the page shows the results of the latest text and edits. */
async function analysed(p: Page, action: () => Promise<unknown>): Promise<void> {
  const before = await p.evaluate(() => document.body.dataset.ready ?? "");
  await action();
  await p.waitForFunction((b) => document.body.dataset.ready !== b && document.getElementById("status")!.dataset.state === "ready", before, { timeout: 60_000 });
}

/** The findings as the page lists them. */
function pageFindings(p: Page) {
  return p.$$eval("#findings li.finding", (lis) =>
    lis.map((li) => {
      const e = li as HTMLElement;
      return { ruleId: e.dataset.rule!, severity: e.dataset.severity!, message: e.querySelector(".msg")!.textContent!, start: e.dataset.start !== undefined ? Number(e.dataset.start) : undefined, end: e.dataset.end !== undefined ? Number(e.dataset.end) : undefined };
    }),
  );
}

/** Checks a claims file with the CLI (in-process), as JSON. */
async function cliCheck(path: string) {
  let out = "";
  const code = await run(["check", path, "--format", "json"], { stdout: (s) => (out += s), stderr: () => {}, env: {}, isTTY: false });
  const report = JSON.parse(out) as { files: Array<{ verdict: string; findings: Array<{ ruleId: string; severity: string; message: string; location?: { start: number; end: number } }> }> };
  return { code, verdict: report.files[0]!.verdict, findings: report.files[0]!.findings.map((f) => ({ ruleId: f.ruleId, severity: f.severity, message: f.message, start: f.location?.start, end: f.location?.end })) };
}

/** Pastes `text` over the text box's content as a person does: the clipboard, Ctrl+A, Ctrl+V. */
async function paste(p: Page, text: string): Promise<void> {
  await p.evaluate((t) => navigator.clipboard.writeText(t), text);
  await p.focus("#text");
  await p.keyboard.press("Control+A");
  await p.keyboard.press("Control+V");
}

async function download(p: Page, button: string): Promise<string> {
  const [d] = await Promise.all([p.waitForEvent("download"), p.click(button)]);
  const path = join(scratch, d.suggestedFilename());
  await d.saveAs(path);
  return path;
}

describe.skipIf(!haveChromium)("the desk page in headless Chromium", () => {
  beforeAll(async () => {
    const folder = deskFolder();
    if (!folder) throw new Error("dist/desk is not built: run npm run build");
    scratch = mkdtempSync(join(tmpdir(), "claimcheck-desk-"));
    mkdirSync(OUT, { recursive: true });
    desk = await serveDesk(folder, { host: "127.0.0.1", port: 0 });
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      headless: true,
      args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
    });
    context = await browser.newContext({ acceptDownloads: true, viewport: { width: 1280, height: 900 } });
    await context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: desk.url.replace(/\/$/, "") });
    page = await context.newPage();
    page.on("request", (r) => requests.push(r.url()));
    page.on("pageerror", (e) => {
      throw e;
    });
    await page.goto(desk.url);
    await page.waitForFunction(() => document.getElementById("status")!.dataset.state === "ready", null, { timeout: 60_000 });
    atLoad = requests.length;
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await desk?.close();
    if (scratch) rmSync(scratch, { recursive: true, force: true });
  });

  it("opens with the seed article checked, in a Web Worker", async () => {
    expect(await page.inputValue("#text")).toBe(seed);
    expect(await page.inputValue("#published")).toBe("2017-09-01");
    expect(await page.textContent("#verdict")).toContain("consistent");
    // The checker ran in the worker: the page never fell back to its own thread.
    expect(await page.getAttribute("#status", "data-mode")).toBeNull();
    expect(requests.slice(0, atLoad).map((u) => new URL(u).pathname).sort()).toEqual(["/", "/core.js", "/desk.css", "/desk.js", "/worker.js"]);
  });

  it("pasted, the seed shows the part-of 13/37, the cumulative 61 → 685 with at least 624, and the 'accessed' warning at its span", async () => {
    await analysed(page, () => page.fill("#text", ""));
    expect(await page.textContent("#relations")).toContain("No relation proposed");
    await analysed(page, () => paste(page, seed));
    expect(await page.inputValue("#text")).toBe(seed);
    const relations = await page.$$eval("#relations li", (lis) => lis.map((li) => [(li as HTMLElement).dataset.kind, (li as HTMLElement).dataset.status, li.querySelector("label")!.textContent]));
    expect(relations).toEqual([
      ["cumulative", "holds", "cumulative (cue “raising … to”): at least 624 (derived) + 61 = at least 685"],
      ["part-of", "holds", "part-of (cue “of these”): 13 ≤ 37"],
      ["part-of", "holds", "part-of (cue “total number of reports … total number of credible reports”): 164 ≤ 1169"],
      ["equal", "holds", "equal (cue “61 … 61”): 61 = 61"],
      ["equal", "holds", "equal (cue “at least 685 … at least 685”): at least 685 = at least 685 = at least 685"],
    ]);
    expect(await page.textContent("#coverage")).toBe("coverage: 9 of 17 numbers in a checked relation; 8 in none (5 not a quantity, 2 no cue, 1 different nouns)");
    const findings = await pageFindings(page);
    const accessed = findings.find((f) => f.ruleId === "quote-confusable")!;
    const at = seed.indexOf("accessed");
    expect(accessed).toMatchObject({ severity: "warning", start: at, end: at + "accessed".length });
    // The mark in the text sits at that offset, and holds the word.
    const index = findings.indexOf(accessed);
    const mark = await page.evaluate((i) => {
      const root = document.getElementById("annotated")!;
      const el = root.querySelector(`mark[data-f~="${i}"]`)!;
      const range = document.createRange();
      range.setStart(root, 0);
      range.setEndBefore(el);
      return { offset: range.toString().length, text: el.textContent, cls: el.className };
    }, index);
    expect(mark).toEqual({ offset: at, text: "accessed", cls: "f sev-warning" });
    // Its link in the list takes the focus to the span.
    await page.click(`#findings li[data-f="${index}"] a.to-span`);
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe("accessed");
  });

  it("a number focused shows its relations, their cue and arithmetic, and draws them", async () => {
    // The pointer off the text first: a number hovered (the last test's click left the pointer
    // over the text, which then scrolled) shows itself instead, as it should.
    await page.hover("#verdict");
    const n13 = page.locator("#annotated .num", { hasText: /^13$/ });
    await n13.focus();
    await page.waitForFunction(() => document.getElementById("focus")!.textContent!.includes("13 ≤ 37"));
    expect(await page.textContent("#focus")).toContain("In 1 relation:part-of (cue “of these”): 13 ≤ 37 ✓ holds");
    expect(await page.locator("#links path").count()).toBe(1);
    expect(await page.locator("#annotated .num.linked").allTextContents()).toEqual(["37", "13"]);
  });

  it("the published date drives date resolution", async () => {
    expect(await page.textContent("#dates")).toContain("“March 14” → 2017-03-14 (read against the published date 2017-09-01)");
    await analysed(page, () => page.fill("#published", "2017-01-10"));
    expect(await page.textContent("#dates")).toContain("“March 14” → 2016-03-14 (read against the published date 2017-01-10)");
    await analysed(page, () => page.fill("#published", "2017-09-01"));
  });

  it("toggling a relation changes the report; the exported claims file checks with the CLI to the same findings", async () => {
    const broken = seed.replace("13 were accessed", "40 were accessed");
    await analysed(page, () => page.fill("#text", broken));
    expect(await page.textContent("#verdict")).toContain("inconsistent");
    expect((await pageFindings(page)).filter((f) => f.severity === "error").map((f) => f.message)).toEqual(['the part "40" cannot exceed the whole "37" (the whole must be at least 40) (proposed from the cue "of these")']);
    const exported = await download(page, "#export-claims");
    expect((await cliCheck(exported)).findings).toEqual(await pageFindings(page));

    // Switch the part-of off: the conflict goes, the coverage says so.
    await analysed(page, () => page.uncheck('#relations li[data-kind="part-of"]:nth-child(2) input'));
    expect(await page.textContent("#verdict")).toContain("consistent");
    expect(await page.getAttribute('#relations li:nth-child(2)', "data-status")).toBe("off");
    expect(await page.textContent("#coverage")).toContain("1 relation switched off");
    expect(await page.textContent("#edits")).toContain("switched off");
    const pageNow = await pageFindings(page);
    expect(pageNow.filter((f) => f.severity === "error")).toEqual([]);
    const path = await download(page, "#export-claims");
    expect(path.endsWith("article.claims.yaml")).toBe(true);
    const yaml = readFileSync(path, "utf8");
    expect(yaml).toContain("# switched off (uncomment to keep): part-of");
    const cli = await cliCheck(path);
    expect(cli.code).toBe(0);
    expect(cli.verdict).toBe("consistent");
    expect(cli.findings).toEqual(pageNow);

    // And the HTML report of the same.
    const html = readFileSync(await download(page, "#export-html"), "utf8");
    expect(html.startsWith("<!doctype html>")).toBe(true);
    expect(html).toContain("accessed/assessed");

    // Imported back with its findings.
    await analysed(page, () => page.setInputFiles("#import", path));
    expect(await page.isVisible("#propose")).toBe(true);
    expect(await page.inputValue("#text")).toBe(broken);
    // The relations the file keeps: the cumulative (the part-of is commented out, switched off, and so is the suggested one).
    expect(await page.$$eval("#relations li", (lis) => lis.map((li) => [(li as HTMLElement).dataset.kind, (li as HTMLElement).dataset.origin]))).toEqual([["cumulative", "file"]]);
    expect(await pageFindings(page)).toEqual(pageNow);
    await analysed(page, () => page.click("#propose"));
    await analysed(page, () => page.fill("#text", seed));
  });

  it("a claim edited from its number changes the report, and undoes", async () => {
    await page.locator("#annotated .num", { hasText: /^37$/ }).focus();
    await page.fill('#focus input[name="value"]', "12");
    await analysed(page, () => page.click('#focus button[type="submit"]'));
    expect(await page.textContent("#verdict")).toContain("inconsistent");
    expect(await page.getAttribute('#relations li[data-kind="part-of"]:nth-child(2)', "data-status")).toBe("fails");
    const errors = (await pageFindings(page)).filter((f) => f.severity === "error").map((f) => f.ruleId);
    expect(errors.sort()).toEqual(["claim-anchor", "part-of"]);
    expect(await page.textContent("#edits")).toContain("claim 37#1 → 12");
    await analysed(page, () => page.click("#edits button[data-undo-claim]"));
    expect(await page.textContent("#verdict")).toContain("consistent");
  });

  it("a suggested relation confirmed is checked as proposed, and exported uncommented", async () => {
    const suggested = '#relations li[data-kind="part-of"][data-origin="suggested"] input';
    expect(await page.isChecked(suggested)).toBe(false);
    await analysed(page, () => page.check(suggested));
    expect(await page.textContent('#relations li[data-kind="part-of"][data-origin="suggested"]')).toContain("suggested, confirmed");
    const yaml = readFileSync(await download(page, "#export-claims"), "utf8");
    expect(yaml).toMatch(/\n {2}- \{ kind: "part-of", part: "n17-reports", whole: "n16-reports", .*standing: "proposed" \}\n/);
    await analysed(page, () => page.uncheck(suggested));
    expect(await page.textContent("#edits")).toContain("None yet");
  });

  it("files dropped on the page are imported: the seed's claims file with the text it names, as the CLI checks it", async () => {
    const files = [
      { name: "claims.yaml", content: readFileSync("claims/seed/claims.yaml", "utf8") },
      { name: "article.txt", content: seed },
    ];
    const drop = (list: typeof files) =>
      page.evaluate((l) => {
        const dt = new DataTransfer();
        for (const f of l) dt.items.add(new File([f.content], f.name));
        document.getElementById("annotated")!.dispatchEvent(new DragEvent("drop", { dataTransfer: dt, bubbles: true, cancelable: true }));
      }, list);
    await analysed(page, () => drop(files));
    const cli = await cliCheck("claims/seed/claims.yaml");
    expect(await page.textContent("#verdict")).toContain(cli.verdict);
    expect(await pageFindings(page)).toEqual(cli.findings);
    expect(new Set(await page.$$eval("#relations li", (lis) => lis.map((li) => (li as HTMLElement).dataset.origin)))).toEqual(new Set(["file"]));
    // A file that is not a claims file is refused in words, and the page keeps what it had.
    await drop([{ name: "claims.yaml", content: "claims: [" }]);
    await page.waitForFunction(() => document.getElementById("status")!.dataset.state === "error");
    expect(await page.textContent("#status")).toMatch(/^claims\.yaml:1:\d+: expected valid YAML, found /);
    await analysed(page, () => page.click("#propose"));
    expect(await page.inputValue("#text")).toBe(seed);
  });

  it("results follow typing, once the typist pauses", async () => {
    await page.focus("#text");
    await page.keyboard.press("Control+End");
    await analysed(page, () => page.keyboard.type(" Of these, 40 were new."));
    expect(await page.inputValue("#text")).toBe(seed + " Of these, 40 were new.");
    expect(await page.textContent("#annotated")).toBe(seed + " Of these, 40 were new.");
    await analysed(page, () => page.fill("#text", seed));
  });

  it("is reachable by keyboard, every control labelled", async () => {
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await page.focus("body");
    const reached = new Set<string>();
    for (let i = 0; i < 40; i++) {
      await page.keyboard.press("Tab");
      reached.add(
        await page.evaluate(() => {
          const a = document.activeElement as HTMLElement | null;
          if (!a) return "";
          if (a.id) return `#${a.id}`;
          if (a.classList.contains("num")) return ".num";
          if (a.matches("#relations input")) return "relation checkbox";
          if (a.matches("a.to-span")) return "finding link";
          return a.tagName.toLowerCase();
        }),
      );
    }
    for (const id of ["#text", "#published", "#example", "#import", "#export-claims", "#export-html", ".num"]) expect(reached).toContain(id);
    const unlabelled = await page.evaluate(() =>
      Array.from(document.querySelectorAll("input, textarea, button, select"))
        .filter((el) => !(el as HTMLInputElement).hidden && ((el as HTMLInputElement).labels?.length ?? 0) === 0 && !el.getAttribute("aria-label") && (el.tagName !== "BUTTON" || el.textContent!.trim() === ""))
        .map((el) => el.outerHTML),
    );
    expect(unlabelled).toEqual([]);
    // Severity is not told by colour alone: a symbol and a line style each.
    const styles = await page.$$eval("#findings li.finding", (lis) => lis.map((li) => li.querySelector(".sym")!.textContent));
    expect(new Set(styles)).toEqual(new Set(["▲", "ℹ"]));
    const lines = await page.$$eval("#annotated mark.f", (ms) => [...new Set(ms.map((m) => `${m.className}:${getComputedStyle(m).textDecorationStyle}`))].sort());
    expect(lines).toEqual(["f sev-info:dotted", "f sev-warning:dashed"]);
  });

  it("axe-core finds no serious or critical violation, at 100 % and at 200 % zoom", async () => {
    const serious = async (p: Page) => {
      await p.evaluate(axeSource);
      const result = await p.evaluate(() => (window as unknown as { axe: { run(): Promise<{ violations: Array<{ id: string; impact: string; nodes: unknown[] }> }> } }).axe.run());
      return result.violations.filter((v) => v.impact === "serious" || v.impact === "critical").map((v) => `${v.id} (${v.nodes.length})`);
    };
    expect(await serious(page)).toEqual([]);
    // 200 % zoom of a 1280 × 900 window: a 640 × 450 viewport at twice the pixel density.
    const zoomed = await context.browser()!.newContext({ viewport: { width: 640, height: 450 }, deviceScaleFactor: 2 });
    const z = await zoomed.newPage();
    await z.goto(desk.url);
    await z.waitForFunction(() => document.getElementById("status")!.dataset.state === "ready", null, { timeout: 60_000 });
    const layout = await z.evaluate(() => {
      const text = document.querySelector(".text-pane")!.getBoundingClientRect();
      const results = document.getElementById("results")!.getBoundingClientRect();
      return { scrolls: document.documentElement.scrollWidth > document.documentElement.clientWidth, stacked: results.top >= text.bottom };
    });
    expect(layout).toEqual({ scrolls: false, stacked: true });
    expect(await serious(z)).toEqual([]);
    await zoomed.close();
  });

  it("saves a screenshot of the seed for a human to look at", async () => {
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.locator("#annotated .num", { hasText: /^13$/ }).focus();
    await page.evaluate(() => {
      window.scrollTo(0, 0);
      document.getElementById("text")!.scrollTop = 0;
    });
    const path = join(OUT, "desk-seed.png");
    await page.screenshot({ path, fullPage: true });
    expect(readFileSync(path).subarray(1, 4).toString()).toBe("PNG");
  });

  it("made no request after load: nothing pasted left the page", () => {
    const after = requests.slice(atLoad).filter((u) => !u.startsWith("blob:") && !u.startsWith("data:"));
    expect(after).toEqual([]);
  });

  it("works opened from a file too, with the checker on the page's thread", async () => {
    const p = await context.newPage();
    await p.goto(pathToFileURL(join(deskFolder()!, "index.html")).href);
    await p.waitForFunction(() => document.getElementById("status")!.dataset.state === "ready", null, { timeout: 60_000 });
    expect(await p.getAttribute("#status", "data-mode")).toBe("page");
    expect(await p.textContent("#relations")).toContain("13 ≤ 37");
    await p.close();
  });
});
