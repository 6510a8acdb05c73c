/**
 * The desk page's script: it sends the text, the publication date and the person's edits to
 * the worker (src/desk/worker.ts) as they type, and draws what comes back: the annotated text,
 * the relations between numbers, the findings, the coverage. Nothing leaves the browser: the
 * worker is a script of the page's own origin, files are read with FileReader, and exports are
 * made with Blob URLs. Runs in a browser only (it touches the DOM).
 */
import { annotate, esc } from "./render.js";
import type { DeskEdits, DeskFinding, DeskRelation, DeskView } from "./view.js";
import type { FromWorker, ToWorker } from "./protocol.js";
import type { DroppedFile } from "./import.js";

/** The seed article the page opens with (the build writes it into example.js as a global). */
declare const CLAIMCHECK_DESK_EXAMPLE: { readonly text: string; readonly published: string; readonly name: string } | undefined;

const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;

const els = {
  text: $<HTMLTextAreaElement>("text"),
  published: $<HTMLInputElement>("published"),
  example: $<HTMLButtonElement>("example"),
  importInput: $<HTMLInputElement>("import"),
  exportClaims: $<HTMLButtonElement>("export-claims"),
  exportHtml: $<HTMLButtonElement>("export-html"),
  propose: $<HTMLButtonElement>("propose"),
  status: $<HTMLParagraphElement>("status"),
  annotated: $<HTMLDivElement>("annotated"),
  links: document.getElementById("links") as unknown as SVGSVGElement,
  focus: $<HTMLDivElement>("focus"),
  verdict: $<HTMLParagraphElement>("verdict"),
  coverage: $<HTMLParagraphElement>("coverage"),
  findings: $<HTMLOListElement>("findings"),
  relations: $<HTMLOListElement>("relations"),
  edits: $<HTMLUListElement>("edits"),
  dates: $<HTMLUListElement>("dates"),
  errors: $<HTMLUListElement>("errors"),
};

/** The page's state: what the person typed, chose and edited. */
const state: {
  edits: { relations: Record<string, "on" | "off">; claims: Record<string, { value?: string; unit?: string; quote?: string }> };
  imported?: { content: unknown; name: string };
  view?: DeskView;
  focused?: number;
} = { edits: { relations: {}, claims: {} } };

// --- The worker, or the same handler on this thread when no worker can start (a page opened from a file). ---

type Send = (m: ToWorker) => void;
let send: Send;
const waiting = new Map<number, (m: FromWorker) => void>();
let nextId = 1;

function receive(m: FromWorker): void {
  const done = waiting.get(m.id);
  waiting.delete(m.id);
  done?.(m);
}

/** A request without its id (distributed over the kinds of request). */
type Ask = ToWorker extends infer T ? (T extends ToWorker ? Omit<T, "id"> : never) : never;

function ask(m: Ask): Promise<FromWorker> {
  const id = nextId++;
  return new Promise((resolve) => {
    waiting.set(id, resolve);
    send({ ...m, id } as ToWorker);
  });
}

function startWorker(): void {
  try {
    const w = new Worker(new URL("./worker.js", document.baseURI));
    w.onmessage = (e: MessageEvent<FromWorker>) => receive(e.data);
    w.onerror = (e) => {
      e.preventDefault();
      inPage("the worker could not start");
    };
    send = (m) => w.postMessage(m);
  } catch {
    inPage("this browser starts no worker here");
  }
}

/** Falls back to running the checker on the page's own thread (core.js defines the handler). */
function inPage(why: string): void {
  const pending = [...waiting.keys()];
  const queue: ToWorker[] = [];
  send = (m) => queue.push(m);
  const script = document.createElement("script");
  script.src = "core.js";
  script.onload = () => {
    const handle = (globalThis as unknown as { claimcheckDesk: { deskHandler(now: () => number): (m: ToWorker) => FromWorker } }).claimcheckDesk.deskHandler(() => performance.now());
    send = (m) => setTimeout(() => receive(handle(m)), 0);
    for (const m of queue) send(m);
    if (pending.length > 0) schedule(0);
  };
  document.head.append(script);
  els.status.dataset.mode = "page";
  els.status.title = `${why}: the checker runs on the page itself, so a long text may pause typing`;
}

// --- Analysing as the person types: one request in flight, the latest text next. ---

let inFlight = false;
let dirty = false;
let timer: ReturnType<typeof setTimeout> | undefined;
let generation = 0;

function request(): DeskEditsRequest {
  return {
    text: els.text.value,
    published: els.published.value,
    edits: state.edits,
    ...(state.imported ? { imported: state.imported.content } : {}),
  };
}
type DeskEditsRequest = { text: string; published: string; edits: DeskEdits; imported?: unknown };

function schedule(delay = 250): void {
  dirty = true;
  generation++;
  els.status.textContent = "Checking…";
  els.status.dataset.state = "busy";
  clearTimeout(timer);
  timer = setTimeout(run, delay);
}

async function run(): Promise<void> {
  if (inFlight || !dirty) return;
  inFlight = true;
  dirty = false;
  const at = generation;
  const answer = await ask({ type: "analyse", request: request() });
  inFlight = false;
  if (answer.type === "view" && at === generation) draw(answer.view, answer.ms);
  else if (answer.type === "failed") showError(answer.error);
  if (dirty) void run();
}

// --- Drawing. ---

const SEVERITY_SYMBOL = { error: "✖", warning: "▲", info: "ℹ" } as const;
const VERDICT_WORDS: Record<DeskView["verdict"], string> = {
  consistent: "✔ consistent: the figures can all be true together",
  inconsistent: "✖ inconsistent: some figures cannot all be true",
  undecidable: "? undecidable: no conflict found, and no way found to satisfy every relation",
  invalid: "✖ invalid: an edit or the imported file is not a valid claims file",
};

function plural(n: number, word: string): string {
  return `${n.toLocaleString("en-US")} ${word}${n === 1 ? "" : "s"}`;
}

function draw(view: DeskView, ms: number): void {
  const t0 = performance.now();
  state.view = view;
  const words = els.text.value.trim() === "" ? 0 : els.text.value.trim().split(/\s+/).length;
  els.status.textContent = `Checked ${plural(words, "word")} in ${Math.round(ms).toLocaleString("en-US")} ms: ${plural(view.summary.errors, "error")}, ${plural(view.summary.warnings, "warning")}, ${plural(view.summary.infos, "note")}.`;
  els.status.dataset.state = "ready";
  els.verdict.textContent = VERDICT_WORDS[view.verdict];
  els.verdict.className = `verdict v-${view.verdict}`;
  els.coverage.textContent = view.coverage;
  const t1 = performance.now();
  const html = annotate(els.text.value, view.numbers, view.findings);
  const t2 = performance.now();
  els.annotated.innerHTML = html;
  const t3 = performance.now();
  drawFindings(view);
  const t4 = performance.now();
  drawRelations(view);
  const t5 = performance.now();
  document.body.dataset.timing = [t1 - t0, t2 - t1, t3 - t2, t4 - t3, t5 - t4].map((x) => x.toFixed(0)).join(" ");
  drawEdits();
  drawDates(view);
  els.errors.innerHTML = view.errors.map((e) => `<li>${esc(e)}</li>`).join("");
  els.errors.hidden = view.errors.length === 0;
  clearLinks();
  if (state.focused !== undefined && state.focused < view.numbers.length) showNumber(state.focused, false);
  else els.focus.innerHTML = `<p class="muted">Focus or hover a highlighted number to see the relations it sits in.</p>`;
  document.body.dataset.ready = String(generation);
}

function location(f: DeskFinding, text: string): string {
  if (f.start === undefined) return "";
  const words = text.slice(f.start, Math.min(f.end ?? f.start, f.start + 40));
  return `line ${f.line ?? "?"}, column ${f.column ?? "?"}: “${words}”`;
}

function drawFindings(view: DeskView): void {
  const text = els.text.value;
  if (view.findings.length === 0) {
    els.findings.innerHTML = `<li class="none">No problems found.</li>`;
    return;
  }
  els.findings.innerHTML = view.findings
    .map(
      (f, i) =>
        `<li class="finding sev-${f.severity}" data-f="${i}" data-rule="${esc(f.ruleId)}" data-severity="${f.severity}"${f.start !== undefined ? ` data-start="${f.start}" data-end="${f.end ?? f.start}"` : ""}>` +
        `<span class="sym" aria-hidden="true">${SEVERITY_SYMBOL[f.severity]}</span> <strong>${f.severity}</strong> <code>${esc(f.ruleId)}</code>: <span class="msg">${esc(f.message)}</span>` +
        (f.start !== undefined ? ` <a href="#f-${i}" class="to-span" data-f="${i}">${esc(location(f, text))}</a>` : "") +
        `</li>`,
    )
    .join("");
}

function relationLabel(r: DeskRelation): string {
  return `${r.kind}${r.cue !== undefined ? ` (cue “${r.cue}”)` : ""}: ${r.arithmetic}`;
}

const STATUS_WORDS: Record<DeskRelation["status"], string> = { holds: "✓ holds", fails: "✖ fails", off: "— off", unchecked: "… not checked" };

function drawRelations(view: DeskView): void {
  if (view.relations.length === 0) {
    els.relations.innerHTML = `<li class="none">No relation proposed: no cue links these numbers.</li>`;
    return;
  }
  els.relations.innerHTML = view.relations
    .map((r, i) => {
      const origin = r.origin === "suggested" ? (r.on ? "suggested, confirmed" : "suggested: check to confirm") : r.origin === "file" ? "from the claims file" : "proposed";
      return (
        `<li class="relation st-${r.status}${r.status === "off" ? " is-off" : r.origin === "suggested" && !r.on ? " is-suggested" : ""}" data-r="${i}" data-kind="${esc(r.kind)}" data-status="${r.status}" data-origin="${r.origin}">` +
        `<input type="checkbox" id="rel-${i}" data-r="${i}"${r.on ? " checked" : ""}>` +
        `<label for="rel-${i}">${esc(relationLabel(r))}</label>` +
        ` <span class="origin">${origin}</span> <span class="status">${STATUS_WORDS[r.status]}</span></li>`
      );
    })
    .join("");
}

function dateWords(d: NonNullable<DeskView["numbers"][number]["date"]>): string {
  if ("unread" in d) return `not read: ${d.unread}`;
  return d.against !== undefined ? `${d.unit} (read against the published date ${d.against})` : d.unit;
}

function drawDates(view: DeskView): void {
  const dated = view.numbers.map((n, i) => [n, i] as const).filter(([n]) => n.date !== undefined);
  els.dates.innerHTML =
    dated.length > 0
      ? dated.map(([n, i]) => `<li data-n="${i}">“${esc(n.text)}” → ${esc(dateWords(n.date!))}</li>`).join("")
      : `<li class="none">No dates in the text.</li>`;
}

function drawEdits(): void {
  const claims = Object.entries(state.edits.claims);
  const rels = Object.entries(state.edits.relations);
  const items = [
    ...claims.map(([sig, e]) => `<li>claim <code>${esc(sig)}</code> → ${esc(e.value ?? "")}${e.unit ? ` ${esc(e.unit)}` : ""} <button type="button" data-undo-claim="${esc(sig)}">Undo</button></li>`),
    ...rels.map(([sig, s]) => `<li>relation <code>${esc(sig)}</code> switched ${s} <button type="button" data-undo-rel="${esc(sig)}">Undo</button></li>`),
  ];
  els.edits.innerHTML = items.length > 0 ? items.join("") : `<li class="none">None yet: switch a relation off or on, or edit a claim from its number.</li>`;
}

function showError(message: string): void {
  els.status.textContent = message;
  els.status.dataset.state = "error";
}

// --- Focus on a number: its relations, drawn; its claim, editable. ---

function numberEl(i: number): HTMLElement | null {
  return els.annotated.querySelector<HTMLElement>(`.num[data-n="${i}"]`);
}

function clearLinks(): void {
  els.links.replaceChildren();
  for (const el of Array.from(els.annotated.querySelectorAll(".linked, .focused"))) el.classList.remove("linked", "focused");
}

/** Draws a curve from each number of the relations to the others, over the text. */
function drawLinks(from: number | undefined, relations: readonly number[]): void {
  clearLinks();
  const view = state.view;
  if (!view) return;
  const box = els.annotated.getBoundingClientRect();
  els.links.setAttribute("width", String(els.annotated.scrollWidth));
  els.links.setAttribute("height", String(els.annotated.scrollHeight));
  const centre = (el: HTMLElement) => {
    const r = el.getBoundingClientRect();
    return { x: r.left - box.left + els.annotated.scrollLeft + r.width / 2, y: r.top - box.top + els.annotated.scrollTop };
  };
  const NS = "http://www.w3.org/2000/svg";
  for (const ri of relations) {
    const rel = view.relations[ri];
    if (!rel) continue;
    const els2 = rel.numbers.map(numberEl).filter((e): e is HTMLElement => e !== null);
    for (const el of els2) el.classList.add("linked");
    const anchor = from !== undefined ? numberEl(from) : els2[0];
    if (!anchor) continue;
    const a = centre(anchor);
    for (const el of els2) {
      if (el === anchor) continue;
      const b = centre(el);
      const lift = Math.min(60, 16 + Math.abs(b.x - a.x) / 6);
      const path = document.createElementNS(NS, "path");
      path.setAttribute("d", `M ${a.x} ${a.y} C ${a.x} ${a.y - lift}, ${b.x} ${b.y - lift}, ${b.x} ${b.y}`);
      path.setAttribute("class", `link st-${rel.status}`);
      els.links.append(path);
    }
  }
  if (from !== undefined) numberEl(from)?.classList.add("focused");
}

function showNumber(i: number, move = true): void {
  const view = state.view;
  const n = view?.numbers[i];
  if (!view || !n) return;
  state.focused = i;
  drawLinks(i, n.relations);
  const claim = n.claim !== undefined ? view.claims.find((c) => c.id === n.claim) : undefined;
  const rels = n.relations.map((ri) => view.relations[ri]!);
  const parts = [`<h3>“${esc(n.text)}” <span class="muted">(${esc(n.kind)})</span></h3>`];
  if (rels.length === 0) parts.push(`<p class="muted">In no relation.</p>`);
  else
    parts.push(
      `<p>In ${plural(rels.length, "relation")}:</p><ul>${rels.map((r) => `<li class="st-${r.status}">${esc(relationLabel(r))} <span class="status">${STATUS_WORDS[r.status]}</span></li>`).join("")}</ul>`,
    );
  if (n.date) parts.push(`<p>Date: ${esc(dateWords(n.date))}</p>`);
  if (claim) {
    parts.push(
      `<form class="claim-edit" data-sig="${esc(claim.signature)}"><fieldset><legend>Claim <code>${esc(claim.id)}</code>${claim.edited ? " (edited)" : ""}</legend>` +
        `<label>Value <input name="value" value="${esc(claim.value ?? "")}" autocomplete="off"></label> ` +
        `<label>Unit <input name="unit" value="${esc(claim.unit ?? "")}" autocomplete="off"></label> ` +
        `<label>Quote <input name="quote" value="${esc(claim.quote ?? "")}" autocomplete="off"></label> ` +
        (claim.derived !== undefined ? `<p>Derived: ${esc(claim.derived)}</p>` : "") +
        `<button type="submit">Apply</button></fieldset></form>`,
    );
  } else if (n.kind === "year" || n.kind === "date" || n.kind === "time" || n.kind === "ordinal" || n.kind === "name" || n.kind === "decade" || n.kind === "period" || n.kind === "score") {
    parts.push(`<p class="muted">Not a quantity: no claim is made of it.</p>`);
  }
  els.focus.innerHTML = parts.join("");
  if (move) els.focus.dataset.number = String(i);
}

// --- Events. ---

// A paste or a drop is checked at once; typing, once the typist pauses.
els.text.addEventListener("input", (e) => {
  const kind = (e as InputEvent).inputType;
  schedule(kind === "insertFromPaste" || kind === "insertFromDrop" ? 0 : 250);
});
els.published.addEventListener("change", () => schedule(0));
els.example.addEventListener("click", () => loadExample());
els.propose.addEventListener("click", () => {
  state.imported = undefined;
  els.propose.hidden = true;
  state.edits = { relations: {}, claims: {} };
  schedule(0);
});

els.relations.addEventListener("change", (e) => {
  const box = e.target as HTMLInputElement;
  const r = state.view?.relations[Number(box.dataset.r)];
  if (!r) return;
  const wanted = box.checked ? "on" : "off";
  const natural = r.origin === "suggested" ? "suggested" : "on";
  // Back to how it came: no edit to keep (a suggested relation unchecked is suggested again).
  if (wanted === natural || (natural === "suggested" && wanted === "off")) delete state.edits.relations[r.signature];
  else state.edits.relations[r.signature] = wanted;
  schedule(0);
});
els.relations.addEventListener("mouseover", (e) => {
  const li = (e.target as HTMLElement).closest<HTMLElement>("li[data-r]");
  if (li) drawLinks(undefined, [Number(li.dataset.r)]);
});
els.relations.addEventListener("focusin", (e) => {
  const li = (e.target as HTMLElement).closest<HTMLElement>("li[data-r]");
  if (li) drawLinks(undefined, [Number(li.dataset.r)]);
});

els.annotated.addEventListener("focusin", (e) => {
  const n = (e.target as HTMLElement).closest<HTMLElement>(".num");
  if (n) showNumber(Number(n.dataset.n));
});
els.annotated.addEventListener("mouseover", (e) => {
  const n = (e.target as HTMLElement).closest<HTMLElement>(".num");
  if (n) showNumber(Number(n.dataset.n));
});
els.annotated.addEventListener("keydown", (e) => {
  // Arrow keys move from number to number, also to those not in the tab order.
  if (e.key !== "ArrowRight" && e.key !== "ArrowLeft") return;
  const n = (e.target as HTMLElement).closest<HTMLElement>(".num");
  if (!n || !state.view) return;
  const next = Number(n.dataset.n) + (e.key === "ArrowRight" ? 1 : -1);
  const el = numberEl(next);
  if (el) {
    e.preventDefault();
    el.focus();
  }
});

els.findings.addEventListener("click", (e) => {
  const a = (e.target as HTMLElement).closest<HTMLAnchorElement>("a.to-span");
  if (!a) return;
  e.preventDefault();
  const mark = els.annotated.querySelector<HTMLElement>(`mark[data-f~="${a.dataset.f}"]`);
  if (!mark) return;
  mark.scrollIntoView({ block: "center" });
  mark.focus();
  mark.classList.add("flash");
  setTimeout(() => mark.classList.remove("flash"), 1500);
});

els.focus.addEventListener("submit", (e) => {
  e.preventDefault();
  const form = e.target as HTMLFormElement;
  const sig = form.dataset.sig;
  if (sig === undefined) return;
  const data = new FormData(form);
  const claim = state.view?.claims.find((c) => c.signature === sig);
  const value = String(data.get("value") ?? "");
  const unit = String(data.get("unit") ?? "");
  const quote = String(data.get("quote") ?? "");
  if (claim && value === (claim.value ?? "") && unit === (claim.unit ?? "") && quote === (claim.quote ?? "") && !claim.edited) return;
  state.edits.claims[sig] = { value, unit, quote };
  schedule(0);
});

els.edits.addEventListener("click", (e) => {
  const b = e.target as HTMLElement;
  if (b.dataset.undoClaim !== undefined) delete state.edits.claims[b.dataset.undoClaim];
  else if (b.dataset.undoRel !== undefined) delete state.edits.relations[b.dataset.undoRel];
  else return;
  schedule(0);
});

function download(name: string, type: string, content: string): void {
  const url = URL.createObjectURL(new Blob([content], { type }));
  const a = document.createElement("a");
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

async function exportFile(type: "export-claims" | "export-html"): Promise<void> {
  await settled();
  const answer = await ask({ type });
  if (answer.type !== "file") return showError(answer.type === "failed" ? answer.error : "export failed");
  const stem = state.imported ? state.imported.name.replace(/\.[^.]*$/, "") : "article";
  if (type === "export-claims") download(`${stem}.claims.yaml`, "text/yaml", answer.content);
  else download(`${stem}.report.html`, "text/html", answer.content);
}

/** Waits until the view shows the latest text and edits. */
async function settled(): Promise<void> {
  while (dirty || inFlight) await new Promise((r) => setTimeout(r, 20));
}

els.exportClaims.addEventListener("click", () => void exportFile("export-claims"));
els.exportHtml.addEventListener("click", () => void exportFile("export-html"));

els.importInput.addEventListener("change", async () => {
  await importChosen(Array.from(els.importInput.files ?? []));
  els.importInput.value = "";
});

// Files dropped anywhere on the page are imported as if chosen (a text dropped into the box is typed).
document.addEventListener("dragover", (e) => {
  if (e.dataTransfer?.types.includes("Files")) e.preventDefault();
});
document.addEventListener("drop", (e) => {
  const files = Array.from(e.dataTransfer?.files ?? []);
  if (files.length === 0) return;
  e.preventDefault();
  void importChosen(files);
});

async function importChosen(files: readonly File[]): Promise<void> {
  if (files.length === 0) return;
  const read: DroppedFile[] = await Promise.all(files.map(async (f) => ({ name: f.name, content: await f.text() })));
  const answer = await ask({ type: "import", files: read });
  if (answer.type !== "imported") return showError(answer.type === "failed" ? answer.error : "import failed");
  if (!answer.imported.ok) return showError(answer.imported.error);
  const imp = answer.imported;
  state.imported = { content: imp.claimsFile, name: imp.name };
  state.edits = { relations: {}, claims: {} };
  els.text.value = imp.text;
  const doc = imp.claimsFile.document as { published?: unknown } | undefined;
  els.published.value = typeof doc?.published === "string" ? doc.published : "";
  els.propose.hidden = false;
  schedule(0);
}

function loadExample(): void {
  const ex = typeof CLAIMCHECK_DESK_EXAMPLE !== "undefined" ? CLAIMCHECK_DESK_EXAMPLE : undefined;
  if (!ex) return;
  state.imported = undefined;
  state.edits = { relations: {}, claims: {} };
  els.propose.hidden = true;
  els.text.value = ex.text;
  els.published.value = ex.published;
  schedule(0);
}

startWorker();
if (els.text.value.trim() === "") loadExample();
else schedule(0);
