/**
 * The desk's annotated text as HTML, a `<div class="line">` per line: every number a
 * `<span class="num k-KIND">` (focusable when
 * it sits in a relation or carries a finding), every finding's span a `<mark>` inside, split where
 * it crosses a number so that the elements stay well nested. Offsets are UTF-16, as the scanner
 * and the report give them. Every character of the text is escaped; nothing else is added, so
 * the element's `textContent` is the text itself.
 */
import { firstEndingAfter, type DeskFinding, type DeskNumber } from "./view.js";

const ESC: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };

/**
 * Escapes text for HTML content and attributes.
 *
 * @example
 * ```ts
 * import { esc } from "./render.js";
 * esc('<a href="x">&</a>'); //=> "&lt;a href=&quot;x&quot;&gt;&amp;&lt;/a&gt;"
 * ```
 */
export function esc(s: string): string {
  let out = "";
  let from = 0;
  for (let i = 0; i < s.length; i++) {
    const r = ESC[s[i]!];
    if (r !== undefined) {
      out += s.slice(from, i) + r;
      from = i + 1;
    }
  }
  return from === 0 ? s : out + s.slice(from);
}

const RANK = { error: 3, warning: 2, info: 1 } as const;

/**
 * The annotated text. Numbers get `data-n` (their index), findings' marks `data-f` (the indices
 * of the findings covering them, space-separated) and the class of the strongest severity; the
 * first piece of each finding's span carries `id="f-INDEX"`.
 *
 * @example
 * ```ts
 * import { annotate } from "./render.js";
 * const html = annotate("It had 37 reports, 13 accessed.", [
 *   { start: 7, end: 9, text: "37", kind: "count", relations: [0] },
 *   { start: 19, end: 21, text: "13", kind: "count", relations: [0] },
 * ], [{ severity: "warning", ruleId: "quote-confusable", message: "m", start: 22, end: 30, claims: [], relations: [] }]);
 * html;
 * //=> '<div class="line">It had <span class="num k-count in-rel" data-n="0" tabindex="0">37</span> reports, <span class="num k-count in-rel" data-n="1" tabindex="0">13</span> <mark class="f sev-warning" data-f="0" id="f-0" tabindex="-1">accessed</mark>.</div>'
 * ```
 */
export function annotate(text: string, numbers: readonly DeskNumber[], findings: readonly DeskFinding[]): string {
  // Boundaries: numbers' and findings' ends, and the ends of lines (each line is a block, so a
  // browser lays out only the lines on screen).
  const opens = new Map<number, number[]>();
  const closes = new Map<number, number[]>();
  const points = new Set<number>([0, text.length]);
  const lineEnds = new Set<number>();
  for (let i = text.indexOf("\n"); i >= 0; i = text.indexOf("\n", i + 1)) {
    if (i + 1 < text.length) {
      lineEnds.add(i + 1);
      points.add(i + 1);
    }
  }
  findings.forEach((f, i) => {
    if (f.start === undefined || f.end === undefined || f.end <= f.start || f.start < 0 || f.end > text.length) return;
    points.add(f.start);
    points.add(f.end);
    (opens.get(f.start) ?? opens.set(f.start, []).get(f.start)!).push(i);
    (closes.get(f.end) ?? closes.set(f.end, []).get(f.end)!).push(i);
  });
  const numberAt = new Map<number, number>();
  const numberEnd = new Map<number, number>();
  numbers.forEach((n, i) => {
    points.add(n.start);
    points.add(n.end);
    numberAt.set(n.start, i);
    numberEnd.set(n.end, i);
  });
  const marked = markedNumbers(numbers, findings);
  const sorted = [...points].sort((a, b) => a - b);
  const active = new Set<number>();
  const started = new Set<number>();
  let out = '<div class="line">';
  let inNumber = -1;
  for (let k = 0; k + 1 < sorted.length; k++) {
    const p = sorted[k]!;
    const q = sorted[k + 1]!;
    for (const i of closes.get(p) ?? []) active.delete(i);
    for (const i of opens.get(p) ?? []) active.add(i);
    if (inNumber >= 0 && numberEnd.get(p) === inNumber) {
      out += "</span>";
      inNumber = -1;
    }
    if (lineEnds.has(p) && inNumber < 0) out += '</div><div class="line">';
    const n = numberAt.get(p);
    if (n !== undefined && inNumber < 0) {
      const num = numbers[n]!;
      const focusable = num.relations.length > 0 || marked[n] === true;
      out += `<span class="num k-${esc(num.kind)}${num.relations.length > 0 ? " in-rel" : ""}" data-n="${n}" tabindex="${focusable ? 0 : -1}">`;
      inNumber = n;
    }
    const piece = esc(text.slice(p, q));
    if (active.size === 0) {
      out += piece;
    } else {
      const ids = [...active].sort((a, b) => a - b);
      let top: DeskFinding["severity"] = "info";
      for (const i of ids) if (RANK[findings[i]!.severity] > RANK[top]) top = findings[i]!.severity;
      const first = ids.find((i) => !started.has(i));
      for (const i of ids) started.add(i);
      out += `<mark class="f sev-${top}" data-f="${ids.join(" ")}"${first !== undefined ? ` id="f-${first}"` : ""} tabindex="-1">${piece}</mark>`;
    }
  }
  if (inNumber >= 0) out += "</span>";
  return out + "</div>";
}

/** Which numbers a finding's span overlaps (numbers are in text order and do not overlap). */
function markedNumbers(numbers: readonly DeskNumber[], findings: readonly DeskFinding[]): boolean[] {
  const marked: boolean[] = [];
  for (const f of findings) {
    if (f.start === undefined || f.end === undefined) continue;
    for (let i = firstEndingAfter(numbers, f.start); i < numbers.length && numbers[i]!.start < f.end; i++) marked[i] = true;
  }
  return marked;
}
