/**
 * The HTML report as a page: self-contained, escaped, deterministic; and (in headless Chromium,
 * with JavaScript off) the highlighted spans are exactly those of the JSON report.
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { chromium } from "playwright-core";
import { beforeAll, describe, expect, it } from "vitest";
import { run } from "../../src/cli/run.js";
import { check, type CheckResult } from "../../src/check/check.js";
import { formatHtml } from "../../src/formats/html.js";
import { toJsonReport } from "../../src/formats/json.js";
import { checkFile } from "../../src/node/load.js";

const BROKEN = "tests/fixtures/seed-inconsistent/claims.yaml";
const ARTICLE = readFileSync("tests/fixtures/seed-inconsistent/article.txt", "utf8");
let broken: CheckResult;
let seed: CheckResult;
beforeAll(async () => {
  broken = await checkFile(BROKEN);
  seed = await checkFile("claims/seed/claims.yaml");
});

describe("formatHtml", () => {
  it("is one self-contained page: no script, no external asset", () => {
    const page = formatHtml([broken, seed]);
    expect(page.startsWith("<!doctype html>\n")).toBe(true);
    expect(page).not.toMatch(/<script|<link|<img|<iframe|@import|url\(|\ssrc=/i);
    // Links out are only the documents' own URLs, as plain anchors.
    const external = [...page.matchAll(/href="(https?:[^"]*)"/g)].map((m) => m[1]);
    expect(external).toEqual(["https://example.org/coalition-civilian-deaths-2017-07"]);
    // One section per claim set, and a table of contents when there are several.
    expect(page.match(/<section class="set /g)).toHaveLength(2);
    expect(page).toContain('<nav class="sets"');
  });

  it("is deterministic", () => {
    expect(formatHtml([broken])).toBe(formatHtml([broken]));
  });

  it("escapes every text from the claims and the article", () => {
    const hostile = check({
      document: { id: "d", title: "<b>Title</b> & 'co'", url: "javascript:alert(1)", text: 'Alert: <script>alert("x")</script> 37 reports & 40 credible.' },
      claims: {
        all: { value: 37, unit: "<i>report</i>", quote: "37 reports", note: "</td><script>" },
        credible: { value: 40, quote: "40 credible" },
      },
      relations: [{ kind: "part-of", part: "credible", whole: "all", note: '"><img src=x>' }],
    });
    const page = formatHtml([hostile], { title: "</title><script>" });
    expect(page).not.toMatch(/<script|<img|<i>report|<b>Title/);
    expect(page).toContain("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;");
    expect(page).toContain("<title>&lt;/title&gt;&lt;script&gt;</title>");
    expect(page).toContain("&lt;b&gt;Title&lt;/b&gt; &amp; &#39;co&#39;");
    // A javascript: URL does not become a link.
    expect(page).not.toContain('href="javascript:');
  });

  it("splits marks that cross, and keeps the elements well nested", () => {
    // A rule whose finding starts inside one quote and ends inside the next: "reports, 40".
    const text = "It investigated 37 reports, 40 were credible.";
    const crossing = {
      meta: { id: "crossing", severity: "warning" as const, description: "A test rule." },
      check: () => [{ ruleId: "crossing", severity: "warning" as const, data: { messageId: "crossing" }, claims: [], document: "d", span: { start: 19, end: 30 } }],
    };
    const r = check(
      { document: { id: "d", text }, claims: { all: { value: 37, quote: "investigated 37 reports" }, credible: { value: 40, quote: "40 were credible" } } },
      { rules: [crossing] },
    );
    expect(text.slice(19, 30)).toBe("reports, 40");
    const page = formatHtml([r]);
    const para = /<p data-start="0" data-end="45">(.*?)<\/p>/.exec(page)![1]!;
    // Well nested: every closing tag closes the last open one.
    const stack: string[] = [];
    for (const m of para.matchAll(/<(\/?)(span|mark|a)\b[^>]*>/g)) {
      if (m[1] === "") stack.push(m[2]!);
      else expect(stack.pop()).toBe(m[2]);
    }
    expect(stack).toEqual([]);
    // The words are all there once, in order; the finding is split in two pieces, one id.
    expect(para.replace(/<a class="ref[^>]*>\d+<\/a>/g, "").replace(/<[^>]+>/g, "")).toBe(text);
    expect(para.match(/data-finding="1"/g)).toHaveLength(2);
    expect(para.match(/id="s1-m1"/g)).toHaveLength(1);
  });

  it("shows an invalid file's problems", () => {
    const page = formatHtml([check({ claims: { a: { vale: 1 } } }, { file: "bad.yaml" })]);
    expect(page).toContain("Problems with the claims file");
    expect(page).toContain("bad.yaml: at claims.a");
  });

  it("is what claimcheck check --format html prints", async () => {
    let out = "";
    const code = await run(["check", BROKEN, "--format", "html"], { stdout: (s) => (out += s), stderr: () => {}, env: {}, isTTY: false });
    expect(code).toBe(1);
    expect(out).toBe(formatHtml([broken]));
  });
});

const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
// CI installs Debian's chromium (.ci/run); elsewhere the browser test is skipped without it.
const haveChromium = existsSync(CHROMIUM) || process.env.CI === "true";

interface Piece {
  claim: string | null;
  finding: string | null;
  start: number;
  end: number;
}

describe.skipIf(!haveChromium)("the HTML report in headless Chromium", () => {
  it("highlights the spans of the JSON report, readable without JavaScript", async () => {
    const outDir = resolve("bench/out");
    mkdirSync(outDir, { recursive: true });
    const htmlPath = join(outDir, "html-report.html");
    writeFileSync(htmlPath, formatHtml([broken]));
    const profile = mkdtempSync(join(tmpdir(), "claimcheck-chromium-"));
    const context = await chromium.launchPersistentContext(profile, {
      executablePath: CHROMIUM,
      headless: true,
      javaScriptEnabled: false,
      viewport: { width: 1100, height: 900 },
      args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
    });
    try {
      const page = await context.newPage();
      const requests: string[] = [];
      page.on("request", (r) => requests.push(r.url()));
      const url = pathToFileURL(htmlPath).href;
      await page.goto(url);
      // Nothing but the page itself is loaded.
      expect(requests).toEqual([url]);

      const dom = await page.evaluate(() => {
        const paragraphs: Array<{ start: number; text: string }> = [];
        const pieces: Array<{ claim: string | null; finding: string | null; start: number; end: number }> = [];
        for (const p of Array.from(document.querySelectorAll<HTMLElement>(".text p[data-start]"))) {
          const start = Number(p.dataset.start);
          let offset = start;
          let text = "";
          const spans = new Map<HTMLElement, [number, number]>();
          // Text nodes in order, leaving out the note numbers (not part of the article). (No
          // filter callback: with JavaScript off, the page cannot run one.)
          const walker = document.createTreeWalker(p, NodeFilter.SHOW_TEXT);
          for (let n = walker.nextNode() as Text | null; n; n = walker.nextNode() as Text | null) {
            if (n.parentElement?.closest(".ref")) continue;
            const s = offset;
            const e = offset + n.data.length;
            for (let el = n.parentElement; el && el !== p; el = el.parentElement) {
              const r = spans.get(el);
              if (r) r[1] = e;
              else spans.set(el, [s, e]);
            }
            text += n.data;
            offset = e;
          }
          paragraphs.push({ start, text });
          for (const [el, [s, e]] of spans) {
            if (el.dataset.claim !== undefined || el.dataset.finding !== undefined) {
              pieces.push({ claim: el.dataset.claim ?? null, finding: el.dataset.finding ?? null, start: s, end: e });
            }
          }
        }
        const marked = getComputedStyle(document.querySelector("mark.claim")!).backgroundColor;
        const notes = Array.from(document.querySelectorAll<HTMLElement>("li.note")).map((li) => ({ n: li.dataset.note, text: li.textContent ?? "" }));
        return { paragraphs, pieces, marked, notes, scripts: document.scripts.length };
      });

      // The page holds the article's words exactly, paragraph by paragraph.
      expect(dom.scripts).toBe(0);
      for (const p of dom.paragraphs) expect(p.text).toBe(ARTICLE.slice(p.start, p.start + p.text.length));
      expect(dom.paragraphs.map((p) => p.text).join("\n\n")).toBe(ARTICLE.trim());

      const spanOf = (pick: (x: Piece) => boolean): { start: number; end: number } | undefined => {
        const parts = dom.pieces.filter(pick).sort((a, b) => a.start - b.start);
        if (parts.length === 0) return undefined;
        for (let i = 1; i < parts.length; i++) expect(parts[i]!.start).toBe(parts[i - 1]!.end);
        return { start: parts[0]!.start, end: parts[parts.length - 1]!.end };
      };

      // Each finding is underlined at its span, and each claim it names is highlighted where
      // the report says it is.
      // (Every finding, whichever rules made it: the two conflicts, and what the text rules say.)
      const report = toJsonReport([broken]).files[0]!;
      expect(report.findings.filter((f) => f.severity === "error")).toHaveLength(2);
      report.findings.forEach((f, i) => {
        const n = String(i + 1);
        if (f.location) expect(spanOf((x) => x.finding === n)).toEqual({ start: f.location.start, end: f.location.end });
        for (const r of f.related ?? []) expect(spanOf((x) => x.claim === r.claim)).toEqual({ start: r.location.start, end: r.location.end });
        const note = dom.notes.find((x) => x.n === n)!;
        expect(note.text).toContain(f.message);
      });
      // By hand: the first finding is at "12" of "investigated 12 reports" and relates "13".
      const first = report.findings.find((f) => f.ruleId === "part-of")!;
      expect(ARTICLE.slice(first.location!.start, first.location!.end)).toBe("12");
      expect(ARTICLE.slice(first.related![0]!.location.start, first.related![0]!.location.end)).toBe("13");
      // Every claim with a quote is highlighted (14 claims, 2 of them unknown and without a quote).
      const highlighted = new Set(dom.pieces.filter((x) => x.claim !== null).map((x) => x.claim));
      expect(highlighted.size).toBe(broken.set!.claims.filter((c) => c.quote !== undefined).length);
      expect(highlighted.size).toBe(12);
      expect(dom.marked).not.toBe("rgba(0, 0, 0, 0)");

      await page.screenshot({ path: join(outDir, "html-report.png"), fullPage: true });
      expect(existsSync(join(outDir, "html-report.png"))).toBe(true);
    } finally {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    }
  });
});
