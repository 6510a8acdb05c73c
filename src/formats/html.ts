/**
 * The annotated HTML report: a self-contained page (inline CSS, no script, no external asset)
 * with one section per claim set — the article with every claim's figure highlighted, each
 * finding marked at its span with its message beside the paragraph, the implied values, the
 * claims and relations, and a summary. Every text is escaped. Isomorphic: no `node:` import.
 */
import type { CheckResult } from "../check/check.js";
import type { ReportedFinding } from "../report/report.js";
import type { Severity } from "../base/severity.js";
import { describeInterval } from "../messages/words.js";
import { LOOSE_RANGE } from "../messages/arithmetic.js";
import { claimsByKey as claimsByKeyOf, type ClaimModel, type ClaimSet, type DocumentModel } from "../claims/model.js";
import { formatInputIssue } from "../base/input-issue.js";
import { paragraphs } from "../text/sentences.js";
import { claimPlaces, type ClaimPlace } from "./shared.js";

/** Options of the HTML formatter. */
export interface HtmlOptions {
  /** The page title. Default: `claimcheck report` and the first claim set's title or path. */
  readonly title?: string;
}

/**
 * An annotated HTML report of check results: one self-contained page (inline CSS, no script,
 * no external asset), with a section per claim set. `claimcheck check --format html` prints the
 * same string.
 *
 * @example
 * ```ts
 * import { check, formatHtml } from "claimcheck";
 * const result = check({
 *   document: { id: "d", text: "It investigated 37 reports; 40 were credible." },
 *   claims: { all: { value: 37, quote: "37 reports" }, credible: { value: 40, quote: "40 were credible" } },
 *   relations: [{ kind: "part-of", part: "credible", whole: "all" }],
 * });
 * const page = formatHtml([result]);
 * page.startsWith("<!doctype html>"); //=> true
 * page.includes('<mark class="claim'); //=> true
 * ```
 */
export function formatHtml(results: readonly CheckResult[], options: HtmlOptions = {}): string {
  const totals = { error: 0, warning: 0, info: 0 };
  for (const r of results) for (const f of r.findings) totals[f.severity]++;
  const first = results[0];
  const firstName = first ? setTitle(first) : undefined;
  const title = options.title ?? (firstName !== undefined && results.length === 1 ? `claimcheck report: ${firstName}` : "claimcheck report");
  const sections = results.map((r, i) => renderSet(r, `s${i + 1}`));
  const nav =
    results.length > 1
      ? `<nav class="sets" aria-label="Claim sets"><ol>${results
          .map((r, i) => `<li><a href="#s${i + 1}">${esc(setTitle(r))}</a> <span class="badge v-${r.verdict}">${esc(VERDICT[r.verdict])}</span></li>`)
          .join("")}</ol></nav>`
      : "";
  return [
    "<!doctype html>",
    '<html lang="en">',
    "<head>",
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    '<meta name="generator" content="claimcheck">',
    `<title>${esc(title)}</title>`,
    `<style>${css()}</style>`,
    "</head>",
    "<body>",
    '<header class="page">',
    `<p class="brand">claimcheck</p>`,
    `<p class="totals">${plural(results.length, "claim set")} checked · ${countBadges(totals)}</p>`,
    nav,
    "</header>",
    "<main>",
    ...sections,
    "</main>",
    '<footer class="page">Made by claimcheck. Figures are read as the exact intervals their written form allows; arithmetic is exact. Highlighted: each claim\u2019s figure (and, lightly, its quote). Underlined: the span of a finding, numbered as in the notes beside it.</footer>',
    "</body>",
    "</html>",
    "",
  ].join("\n");
}

const VERDICT: Record<CheckResult["verdict"], string> = {
  consistent: "Consistent",
  inconsistent: "Inconsistent",
  undecidable: "Undecidable",
  invalid: "Invalid input",
};

function setTitle(r: CheckResult): string {
  const docs = r.set?.documents ?? [];
  const titled = docs.find((d) => d.title !== undefined);
  return titled?.title ?? r.path ?? "claims";
}

function renderSet(r: CheckResult, sid: string): string {
  const counts = { error: 0, warning: 0, info: 0 };
  for (const f of r.findings) counts[f.severity]++;
  const set = r.set;
  const notes = new Map<ReportedFinding, number>();
  r.findings.forEach((f, i) => notes.set(f, i + 1));
  const anchors = claimPlaces(r);
  const conflicted = new Set<string>();
  for (const f of r.findings) if (f.severity === "error") for (const c of f.claims) conflicted.add(c);
  const culprits = new Set(r.culprits);
  // Each document's findings, in the order reported (by position), gathered once.
  const byDocument = new Map<string, ReportedFinding[]>();
  for (const f of r.findings) {
    if (!f.location) continue;
    const list = byDocument.get(f.location.document);
    if (list) list.push(f);
    else byDocument.set(f.location.document, [f]);
  }
  const out: string[] = [];
  out.push(`<section class="set v-${r.verdict}" id="${sid}" data-path="${esc(r.path ?? "")}" data-verdict="${r.verdict}">`);
  out.push('<header class="set-head">');
  out.push(`<p class="path">${esc(r.path ?? "claims")}</p>`);
  out.push(`<h1>${esc(setTitle(r))}</h1>`);
  out.push(`<p class="verdict"><span class="badge v-${r.verdict}">${esc(VERDICT[r.verdict])}</span> ${esc(verdictLine(r))}</p>`);
  out.push('<dl class="summary">');
  out.push(stat("errors", counts.error, "error"), stat("warnings", counts.warning, "warning"), stat("notes", counts.info, "info"));
  if (set) out.push(stat("claims", set.claims.length), stat("relations", set.relations.length), stat("implied values", r.derived.length));
  out.push("</dl>");
  for (const n of r.notes ?? []) out.push(`<p class="set-note">${esc(n.message)}</p>`);
  if (r.culprits.length > 0) {
    out.push(`<p class="culprits">Likeliest culprit (in every conflict): ${r.culprits.map((c) => claimLink(sid, c)).join(", ")}</p>`);
  }
  out.push("</header>");

  if (r.errors.length > 0) {
    out.push('<section class="input-errors"><h2>Problems with the claims file</h2><ul>');
    for (const e of r.errors) out.push(`<li><code>${esc(formatInputIssue(e))}</code></li>`);
    out.push("</ul></section>");
  }

  if (set) {
    for (const doc of set.documents) {
      if (doc.text === undefined) continue;
      out.push(renderDocument(set, doc, sid, anchors, notes, conflicted, culprits, byDocument.get(doc.id) ?? []));
    }
    const withText = new Set(set.documents.filter((d) => d.text !== undefined).map((d) => d.id));
    const elsewhere = r.findings.filter((f) => !f.location || !withText.has(f.location.document));
    if (elsewhere.length > 0) {
      out.push('<section class="elsewhere"><h2>Findings not tied to the text</h2><ol class="notes">');
      for (const f of elsewhere) out.push(noteItem(f, notes.get(f)!, sid, false));
      out.push("</ol></section>");
    }
    if (r.derived.length > 0) out.push(renderDerived(r, set, sid));
    out.push(renderClaims(set, sid, anchors, conflicted, culprits));
    if (set.relations.length > 0) out.push(renderRelations(set, sid));
  }
  out.push("</section>");
  return out.join("\n");
}

function verdictLine(r: CheckResult): string {
  switch (r.verdict) {
    case "consistent":
      return "The claims can all be true together.";
    case "inconsistent":
      return "Some claims cannot all be true: see the findings marked in the text.";
    case "undecidable":
      return r.notes?.length
        ? "No error is reported, but the claims are not shown consistent either: see the note."
        : "Neither a conflict nor a set of values satisfying every relation was found.";
    default:
      return "The claims file could not be checked.";
  }
}

function stat(label: string, n: number, severity?: Severity): string {
  return `<div class="stat${severity && n > 0 ? ` s-${severity}` : ""}"><dt>${esc(label)}</dt><dd>${n}</dd></div>`;
}

function countBadges(t: Record<Severity, number>): string {
  return [
    `<span class="count s-error">${plural(t.error, "error")}</span>`,
    `<span class="count s-warning">${plural(t.warning, "warning")}</span>`,
    `<span class="count s-info">${plural(t.info, "note")}</span>`,
  ].join(" ");
}

function plural(n: number, w: string): string {
  return `${n} ${w}${n === 1 ? "" : "s"}`;
}

/** A span of the text to wrap in an element. */
interface Mark {
  readonly start: number;
  readonly end: number;
  /** Nesting order when two marks share both ends: lower is outer. */
  readonly rank: number;
  readonly open: (first: boolean) => string;
  readonly close: string;
}

function renderDocument(
  set: ClaimSet,
  doc: DocumentModel,
  sid: string,
  anchors: Map<string, ClaimPlace>,
  notes: Map<ReportedFinding, number>,
  conflicted: Set<string>,
  culprits: ReadonlySet<string>,
  located: readonly ReportedFinding[],
): string {
  const text = doc.text!;
  const marks: Mark[] = [];
  const claimsByKey = claimsByKeyOf(set);
  for (const a of anchors.values()) {
    if (a.document !== doc.id) continue;
    const claim = claimsByKey.get(a.claim)!;
    if (a.quote.start !== a.span.start || a.quote.end !== a.span.end) {
      marks.push({ start: a.quote.start, end: a.quote.end, rank: 0, open: () => `<span class="quote" data-quote="${esc(a.claim)}">`, close: "</span>" });
    }
    const cls = `claim${conflicted.has(a.claim) ? " in-conflict" : ""}${culprits.has(a.claim) ? " culprit" : ""}`;
    marks.push({
      start: a.span.start,
      end: a.span.end,
      rank: 1,
      open: (first) =>
        `<mark class="${cls}"${first ? ` id="${sid}-c-${esc(slug(a.claim))}"` : ""} data-claim="${esc(a.claim)}" title="${esc(claimTitle(claim))}">`,
      close: "</mark>",
    });
  }
  for (const f of located) {
    const n = notes.get(f)!;
    const l = f.location!;
    marks.push({
      start: l.start,
      end: l.end,
      rank: 2,
      open: (first) =>
        `<span class="finding s-${f.severity}"${first ? ` id="${sid}-m${n}"` : ""} data-finding="${n}" data-rule="${esc(f.ruleId)}" data-severity="${f.severity}">`,
      close: `</span>`,
    });
  }
  const refsAt = new Map<number, Array<{ n: number; severity: Severity }>>();
  for (const f of located) {
    const end = f.location!.end;
    const ref = { n: notes.get(f)!, severity: f.severity };
    const list = refsAt.get(end);
    if (list) list.push(ref);
    else refsAt.set(end, [ref]);
  }

  const out: string[] = [];
  out.push(`<article class="doc" data-document="${esc(doc.id)}">`);
  out.push('<header class="doc-head">');
  // A single document's title is the section's heading already.
  if (set.documents.length > 1 || doc.title === undefined) out.push(`<h2>${esc(doc.title ?? doc.id)}</h2>`);
  const meta: string[] = [];
  if (doc.published !== undefined) meta.push(`published <time datetime="${esc(doc.published)}">${esc(doc.published)}</time>`);
  if (doc.url !== undefined) meta.push(`<a href="${esc(safeUrl(doc.url))}">${esc(doc.url)}</a>`);
  if (doc.textFile !== undefined) meta.push(`text: <code>${esc(doc.textFile)}</code>`);
  meta.push(`document <code>${esc(doc.id)}</code>`);
  out.push(`<p class="doc-meta">${meta.join(" · ")}</p>`);
  out.push("</header>");
  out.push(`<div class="text" data-document="${esc(doc.id)}">`);
  const paras = paragraphs(text);
  // Marks and note references by paragraph, each put where it falls (a binary search over the
  // paragraphs), so the text is laid out in time linear in its size plus its marks.
  const marksIn: Mark[][] = paras.map(() => []);
  const refsIn: Array<Map<number, Array<{ n: number; severity: Severity }>>> = paras.map(() => new Map());
  const paraAt = (offset: number): number => {
    let lo = 0;
    let hi = paras.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (paras[mid]!.end > offset) hi = mid;
      else lo = mid + 1;
    }
    return lo;
  };
  for (const m of marks) {
    for (let k = paraAt(m.start); k < paras.length && paras[k]!.start < m.end; k++) {
      const { start: ps, end: pe } = paras[k]!;
      if (m.start < pe && m.end > ps) marksIn[k]!.push({ ...m, start: Math.max(m.start, ps), end: Math.min(m.end, pe) });
    }
  }
  for (const [at, ns] of refsAt) {
    const k = paraAt(at - 1);
    if (k < paras.length && at > paras[k]!.start && at <= paras[k]!.end) refsIn[k]!.set(at, ns);
  }
  const ordered = [...located].sort((a, b) => a.location!.start - b.location!.start);
  let placed = 0;
  paras.forEach(({ start: ps, end: pe }, pi) => {
    out.push(`<p data-start="${ps}" data-end="${pe}">${renderMarked(text, ps, pe, marksIn[pi]!, refsIn[pi]!, sid)}</p>`);
    const last = pi === paras.length - 1;
    const first = placed;
    while (placed < ordered.length && (ordered[placed]!.location!.start < pe || last)) placed++;
    if (placed > first) {
      out.push('<ol class="notes">');
      for (let k = first; k < placed; k++) out.push(noteItem(ordered[k]!, notes.get(ordered[k]!)!, sid, true));
      out.push("</ol>");
    }
  });
  const unplaced = ordered.slice(placed);
  if (unplaced.length > 0) out.push(`<ol class="notes">${unplaced.map((f) => noteItem(f, notes.get(f)!, sid, true)).join("")}</ol>`);
  out.push("</div>");
  out.push("</article>");
  return out.join("\n");
}

/**
 * The text of [from, to) with marks nested as elements: marks that cross are split at the
 * crossing and reopened (only the first piece carries the id). Note references follow the end
 * of their finding's span.
 */
function renderMarked(text: string, from: number, to: number, marks: Mark[], refs: Map<number, Array<{ n: number; severity: Severity }>>, sid: string): string {
  const sorted = [...marks].sort((a, b) => a.start - b.start || b.end - a.end || a.rank - b.rank);
  const points = new Set<number>([from, to]);
  for (const m of sorted) points.add(m.start).add(m.end);
  for (const p of refs.keys()) points.add(p);
  const stops = [...points].filter((p) => p >= from && p <= to).sort((a, b) => a - b);
  const stack: Mark[] = [];
  const opened = new Set<Mark>();
  let next = 0;
  let html = "";
  for (let k = 0; k < stops.length; k++) {
    const p = stops[k]!;
    // Close marks ending here; reopen the ones above them that go on.
    const ending = stack.filter((m) => m.end <= p);
    if (ending.length > 0) {
      const lowest = stack.findIndex((m) => m.end <= p);
      const above = stack.splice(lowest);
      for (let i = above.length - 1; i >= 0; i--) html += above[i]!.close;
      const reopen = above.filter((m) => m.end > p);
      for (const m of reopen) {
        html += m.open(false);
        stack.push(m);
      }
    }
    const ns = refs.get(p);
    if (ns) html += ns.map(({ n, severity }) => `<a class="ref s-${severity}" href="#${sid}-n${n}" aria-label="note ${n}">${n}</a>`).join("");
    while (next < sorted.length && sorted[next]!.start === p) {
      const m = sorted[next++]!;
      if (m.end <= p) continue;
      html += m.open(!opened.has(m));
      opened.add(m);
      stack.push(m);
    }
    const q = stops[k + 1];
    if (q !== undefined) html += esc(text.slice(p, q));
  }
  for (let i = stack.length - 1; i >= 0; i--) html += stack[i]!.close;
  return html;
}

function noteItem(f: ReportedFinding, n: number, sid: string, inText: boolean): string {
  const where = f.location ? `<span class="where">${f.location.line}:${f.location.column}</span>` : "";
  const back = inText ? `<a class="ref s-${f.severity}" href="#${sid}-m${n}" aria-label="back to the text">${n}</a>` : `<span class="ref s-${f.severity}">${n}</span>`;
  const ea =
    f.expected !== undefined || f.actual !== undefined
      ? `<span class="ea">${f.expected !== undefined ? `expected <b>${esc(f.expected)}</b>` : ""}${f.expected !== undefined && f.actual !== undefined ? ", " : ""}${f.actual !== undefined ? `stated <b>${esc(f.actual)}</b>` : ""}</span>`
      : "";
  const claims = f.claims.length > 0 ? `<span class="involved">claims: ${f.claims.map((c) => claimLink(sid, c)).join(", ")}</span>` : "";
  return [
    `<li class="note s-${f.severity}" id="${sid}-n${n}" data-note="${n}">`,
    `${back}<span class="sev">${esc(SEVERITY_WORD[f.severity])}</span> <code class="rule">${esc(f.ruleId)}</code> ${where}`,
    `<span class="msg">${esc(f.message)}</span>`,
    ea || claims ? `<span class="detail">${ea}${claims}</span>` : "",
    "</li>",
  ].join("");
}

const SEVERITY_WORD: Record<Severity, string> = { error: "error", warning: "warning", info: "note" };

/** A link to a claim's row in the claims table. */
function claimLink(sid: string, key: string): string {
  return `<a class="claim-ref" href="#${sid}-row-${esc(slug(key))}"><code>${esc(key)}</code></a>`;
}

function renderDerived(r: CheckResult, set: ClaimSet, sid: string): string {
  const out = ['<section class="derived"><h2>Implied values</h2>', '<p class="hint">What the text implies but does not state, derived exactly from the other figures.</p>', "<table><thead><tr><th>claim</th><th>implied value</th><th>exact interval</th><th>unit</th><th>note</th></tr></thead><tbody>"];
  for (const d of r.derived) {
    const claim = claimsByKeyOf(set).get(d.claim);
    const i = r.analysis?.derived.get(d.claim);
    out.push(
      `<tr data-derived="${esc(d.claim)}"><td>${claimLink(sid, d.claim)}</td><td class="num"><b>${esc(d.words ?? (i ? describeInterval(i) : d.interval))}</b>${d.tight === false ? ` <small>(${esc(LOOSE_RANGE)})</small>` : ""}</td><td class="num"><code>${esc(d.interval)}</code></td><td class="unit">${esc(d.unit ?? claim?.unit ?? "")}</td><td>${esc(claim?.note ?? "")}</td></tr>`,
    );
  }
  out.push("</tbody></table></section>");
  return out.join("\n");
}

function renderClaims(set: ClaimSet, sid: string, anchors: Map<string, ClaimPlace>, conflicted: Set<string>, culprits: ReadonlySet<string>): string {
  const out = ['<section class="claims"><h2>Claims</h2>', "<table><thead><tr><th>claim</th><th>value</th><th>unit</th><th>quote</th><th>when</th></tr></thead><tbody>"];
  for (const c of set.claims) {
    const a = anchors.get(c.key);
    const quote = c.quote !== undefined ? (a ? `<a href="#${sid}-c-${esc(slug(c.key))}">\u201c${esc(c.quote)}\u201d</a>` : `\u201c${esc(c.quote)}\u201d <span class="missing">(not found in the text)</span>`) : "";
    const cls = [conflicted.has(c.key) ? "in-conflict" : "", culprits.has(c.key) ? "culprit" : ""].filter(Boolean).join(" ");
    out.push(
      `<tr id="${sid}-row-${esc(slug(c.key))}" data-claim-row="${esc(c.key)}"${cls ? ` class="${cls}"` : ""}><td><code>${esc(c.key)}</code></td><td class="num">${c.quantity ? esc(c.quantity.written) : c.unknown ? '<i class="unknown">unknown</i>' : "\u2014"}</td><td class="unit">${esc(c.unit ?? "")}</td><td>${quote}</td><td>${esc(when(c))}</td></tr>`,
    );
  }
  out.push("</tbody></table></section>");
  return out.join("\n");
}

function renderRelations(set: ClaimSet, sid: string): string {
  const out = ['<section class="relations"><h2>Relations</h2><ul>'];
  for (const rel of set.relations) {
    const roles = rel.roles.map((x) => `<span class="role">${esc(x.role)}</span> ${claimLink(sid, x.claim)}`).join(rel.fields?.op !== undefined ? ` <b>${esc(rel.fields.op)}</b> ` : ", ");
    out.push(
      `<li><code class="kind">${esc(rel.kind)}</code>${rel.id !== undefined ? ` <b>${esc(rel.id)}</b>` : ""}: ${roles}${rel.note !== undefined ? `<br><span class="note-text">${esc(rel.note)}</span>` : ""}</li>`,
    );
  }
  out.push("</ul></section>");
  return out.join("\n");
}

function when(c: ClaimModel): string {
  const p = c.period;
  const period = p === undefined ? "" : typeof p === "object" ? (p.to !== undefined ? `${p.from} to ${p.to}` : `from ${p.from}`) : String(p);
  return [period, c.asOf !== undefined ? `as of ${c.asOf}` : ""].filter(Boolean).join("; ");
}

function claimTitle(c: ClaimModel): string {
  const value = c.quantity ? c.quantity.written : c.unknown ? "unknown" : "a statement of time";
  return `${c.key}: ${value}${c.unit !== undefined ? ` ${c.unit}` : ""}`;
}

/** An id fragment for a claim key: keeps letters, digits, `-`, `_`, `.`; anything else becomes `_XX`. */
function slug(key: string): string {
  let out = "";
  for (const ch of key) out += /[A-Za-z0-9_.-]/.test(ch) ? ch : `_${ch.codePointAt(0)!.toString(16)}`;
  return out;
}

/** Only http(s) and relative links: a `javascript:` URL in a claims file must not become a link. */
function safeUrl(url: string): string {
  return /^(https?:)?\/\//i.test(url) || !/^[a-z][a-z0-9+.-]*:/i.test(url) ? url : "#";
}

/** Escapes text for HTML content and attribute values. */
function esc(s: string): string {
  let out = "";
  for (let i = 0; i < s.length; i++) {
    const c = s[i]!;
    out += c === "&" ? "&amp;" : c === "<" ? "&lt;" : c === ">" ? "&gt;" : c === '"' ? "&quot;" : c === "'" ? "&#39;" : c;
  }
  return out;
}

/** The page's style sheet, one line per rule in the source. */
const CSS_LINES = `
:root{--ink:#1d2433;--muted:#5b6475;--line:#e3e6ec;--paper:#fff;--bg:#f5f6f8;--error:#b42318;--error-bg:#fef3f2;--warning:#b54708;--warning-bg:#fffaeb;--info:#175cd3;--info-bg:#eff8ff;--ok:#067647;--ok-bg:#ecfdf3;--claim:#fff1b8;--claim-line:#e0b100;--quote:#f1f4f9}
*{box-sizing:border-box}
body{margin:0;background:var(--bg);color:var(--ink);font:15px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,"Helvetica Neue",Arial,sans-serif}
code{font-family:ui-monospace,SFMono-Regular,Menlo,Consolas,"Liberation Mono",monospace;font-size:.88em}
a{color:#1849a9}
header.page{max-width:60rem;margin:0 auto;padding:1.25rem 1.5rem .25rem;display:flex;flex-wrap:wrap;align-items:baseline;gap:.5rem 1rem}
.brand{margin:0;font-weight:700;letter-spacing:.02em}
.totals{margin:0;color:var(--muted)}
.count{display:inline-block;padding:0 .45em;border-radius:.6em;font-size:.85em;font-weight:600}
.count.s-error{color:var(--error);background:var(--error-bg)}.count.s-warning{color:var(--warning);background:var(--warning-bg)}.count.s-info{color:var(--info);background:var(--info-bg)}
nav.sets{flex-basis:100%}nav.sets ol{margin:.25rem 0;padding-left:1.25rem}
main{max-width:60rem;margin:0 auto;padding:.5rem 1.5rem 2rem}
section.set{background:var(--paper);border:1px solid var(--line);border-radius:12px;margin:1rem 0 2rem;padding:1.5rem 2rem 2rem;box-shadow:0 1px 2px rgba(16,24,40,.05)}
.set-head .path{margin:0;color:var(--muted);font:13px ui-monospace,SFMono-Regular,Menlo,Consolas,monospace}
.set-head h1{margin:.2rem 0 .4rem;font:700 1.6rem/1.25 Georgia,"Times New Roman",serif}
.verdict{margin:.25rem 0 1rem;color:var(--muted)}
.badge{display:inline-block;padding:.1em .6em;border-radius:999px;font-size:.8rem;font-weight:700;text-transform:uppercase;letter-spacing:.04em;vertical-align:.1em}
.badge.v-consistent{background:var(--ok-bg);color:var(--ok)}.badge.v-inconsistent,.badge.v-invalid{background:var(--error-bg);color:var(--error)}.badge.v-undecidable{background:var(--warning-bg);color:var(--warning)}
dl.summary{display:flex;flex-wrap:wrap;gap:.5rem;margin:0 0 1rem;padding:0}
.stat{border:1px solid var(--line);border-radius:8px;padding:.35rem .8rem;min-width:6.5rem}
.stat dt{font-size:.75rem;text-transform:uppercase;letter-spacing:.05em;color:var(--muted)}.stat dd{margin:0;font-size:1.35rem;font-weight:700}
.stat.s-error{border-color:#fda29b;background:var(--error-bg)}.stat.s-error dd{color:var(--error)}
.stat.s-warning{border-color:#fedf89;background:var(--warning-bg)}.stat.s-warning dd{color:var(--warning)}
.stat.s-info{border-color:#b2ddff;background:var(--info-bg)}.stat.s-info dd{color:var(--info)}
.set-note{margin:.25rem 0 1rem;padding:.5rem .75rem;border-left:3px solid var(--warning);background:var(--warning-bg)}
.culprits{margin:.25rem 0 1rem;padding:.5rem .75rem;border-left:3px solid var(--error);background:var(--error-bg)}
h2{font-size:1.05rem;margin:1.75rem 0 .5rem}
article.doc{border-top:1px solid var(--line);margin-top:1rem}
.doc-head h2{margin:1.25rem 0 .2rem;font:700 1.25rem/1.3 Georgia,"Times New Roman",serif}
.doc-meta{margin:0 0 1rem;color:var(--muted);font-size:.85rem}
.text p{font:1.06rem/1.75 Georgia,"Times New Roman",serif;margin:0 0 1rem;white-space:pre-wrap;overflow-wrap:anywhere}
.quote{background:var(--quote);border-radius:3px;box-shadow:0 0 0 1px #dfe5ef}
mark.claim{background:var(--claim);color:inherit;border-bottom:2px solid var(--claim-line);border-radius:2px;padding:0 .05em;font-weight:600}
mark.claim.in-conflict{background:#fee4e2;border-bottom-color:var(--error)}
mark.claim.culprit{outline:2px solid var(--error);outline-offset:1px}
.finding{text-decoration:underline wavy;text-decoration-thickness:1.5px;text-underline-offset:4px}
.finding.s-error{text-decoration-color:var(--error)}.finding.s-warning{text-decoration-color:var(--warning)}.finding.s-info{text-decoration-color:var(--info);text-decoration-style:dotted}
a.ref,span.ref{display:inline-block;min-width:1.45em;height:1.45em;margin:0 .1em 0 .2em;padding:0 .2em;border-radius:999px;background:var(--ink);color:#fff;font:700 .72rem/1.45em system-ui,sans-serif;text-align:center;text-decoration:none;vertical-align:.3em}
.ref.s-error{background:var(--error)}.ref.s-warning{background:var(--warning)}.ref.s-info{background:var(--info)}
ol.notes{list-style:none;margin:-.25rem 0 1.25rem;padding:0}
li.note{margin:.4rem 0;padding:.55rem .8rem;border-left:4px solid;border-radius:0 8px 8px 0;font-size:.92rem}
li.note.s-error{border-color:var(--error);background:var(--error-bg)}li.note.s-warning{border-color:var(--warning);background:var(--warning-bg)}li.note.s-info{border-color:var(--info);background:var(--info-bg)}
li.note .ref{vertical-align:.05em;margin:0 .45em 0 0}
li.note .sev{font-weight:700;text-transform:uppercase;font-size:.72rem;letter-spacing:.05em}
li.note.s-error .sev{color:var(--error)}li.note.s-warning .sev{color:var(--warning)}li.note.s-info .sev{color:var(--info)}
li.note .rule{color:var(--muted)}li.note .where{color:var(--muted);font-size:.8rem}
li.note .msg{display:block;margin-top:.15rem}
li.note .detail{display:block;margin-top:.2rem;color:var(--muted);font-size:.85rem}
li.note .ea{margin-right:1rem}li.note .ea b{color:var(--ink)}
:target{scroll-margin-top:1rem}
li.note:target{box-shadow:0 0 0 2px var(--ink)}mark.claim:target,.finding:target{outline:2px solid var(--ink)}
table{border-collapse:collapse;width:100%;font-size:.9rem}
th,td{text-align:left;padding:.4rem .5rem;border-bottom:1px solid var(--line);vertical-align:top}
th{font-size:.75rem;text-transform:uppercase;letter-spacing:.05em;color:var(--muted);font-weight:600}
td.num{white-space:nowrap;font-variant-numeric:tabular-nums}td:first-child,td.unit{white-space:nowrap}
tr.in-conflict td:first-child{box-shadow:inset 3px 0 var(--error)}
tr:target{background:var(--claim)}
.unknown{color:var(--muted)}.missing{color:var(--error);font-size:.85em}
.hint{margin:-.25rem 0 .5rem;color:var(--muted);font-size:.88rem}
.relations ul{padding-left:1.1rem;margin:0}.relations li{margin:.3rem 0}
.relations .role{color:var(--muted);font-size:.85em}.relations .note-text{color:var(--muted);font-size:.88em}
.input-errors{border-left:3px solid var(--error);background:var(--error-bg);padding:.25rem 1rem;border-radius:0 8px 8px 0}
footer.page{max-width:60rem;margin:0 auto 2rem;padding:0 1.5rem;color:var(--muted);font-size:.8rem}
@media print{body{background:#fff}section.set{box-shadow:none;border:0;padding:0}}
`;

/**
 * The style sheet as the page inlines it (on one line). A function, not a constant built at load
 * time, so that a bundle taking only `check` or `scanText` leaves the style sheet out.
 */
function css(): string {
  return CSS_LINES.trim().replace(/\n/g, "");
}
