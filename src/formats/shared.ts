/**
 * Helpers the formatters share: the catalogue of rule ids, where each claim sits in its text,
 * and paths of text files relative to their claims file. Pure functions, no `node:` import.
 */
import type { CheckResult } from "../check/check.js";
import type { Severity } from "../rules/findings.js";
import type { Rule } from "../rules/rule.js";
import { builtinRules } from "../rules/registry.js";
import { relationRules } from "../relations/registry.js";
import { anchorsOf, type Span } from "../claims/anchor.js";

/** A rule as the formatters describe it. */
export interface RuleInfo {
  readonly id: string;
  readonly description: string;
  readonly severity: Severity;
}

/**
 * Every rule id a report can carry: the arithmetic rules (one per relation kind), the built-in
 * rules, the extra rules given, and any other id that appears in the results (a rule added by a
 * caller, or `value` for a conflict between stated values alone). Sorted by id.
 */
export function ruleCatalogue(results: readonly CheckResult[], extra: readonly Rule[] = []): RuleInfo[] {
  const byId = new Map<string, RuleInfo>();
  const add = (r: RuleInfo) => {
    if (!byId.has(r.id)) byId.set(r.id, { id: r.id, description: r.description, severity: r.severity });
  };
  for (const r of Object.values(relationRules)) add(r.meta);
  for (const r of builtinRules) add(r.meta);
  for (const r of extra) add(r.meta);
  add({ id: "value", description: "Stated values of claims agree with each other.", severity: "error" });
  for (const res of results) {
    for (const f of res.findings) add({ id: f.ruleId, description: `Findings of the rule '${f.ruleId}'.`, severity: f.severity });
  }
  return [...byId.values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/** Where a claim sits in its document: its quote, and the figure inside it. */
export interface ClaimPlace {
  readonly claim: string;
  readonly document: string;
  /** The figure (the claim's span, where findings about it point), or the whole quote. */
  readonly span: Span;
  /** The quote's span. */
  readonly quote: Span;
}

/**
 * Each anchored claim's place in its text, from the claim set's one `ClaimAnchors` (the same
 * spans `check()` and every rule report): the figure inside the quote, or the quote itself.
 */
export function claimPlaces(result: CheckResult): Map<string, ClaimPlace> {
  const out = new Map<string, ClaimPlace>();
  const set = result.set;
  if (!set) return out;
  const anchors = anchorsOf(set);
  for (const c of set.claims) {
    const a = anchors.anchor(c.key);
    if (!a || (a.status !== "anchored" && a.status !== "ambiguous")) continue;
    out.set(c.key, { claim: c.key, document: a.document, span: a.value?.written ?? a.quote.span, quote: a.quote.span });
  }
  return out;
}

/**
 * The path of a file named relative to a claims file (`article.txt` beside
 * `claims/seed/claims.yaml` is `claims/seed/article.txt`), with `/` separators.
 */
export function siblingPath(claimsFile: string | undefined, relativePath: string): string {
  const rel = relativePath.replace(/\\/g, "/");
  if (rel.startsWith("/") || /^[A-Za-z]:\//.test(rel)) return normalise(rel);
  const base = (claimsFile ?? "").replace(/\\/g, "/");
  const slash = base.lastIndexOf("/");
  const dir = slash >= 0 ? base.slice(0, slash + 1) : "";
  return normalise(dir + rel);
}

function normalise(path: string): string {
  const absolute = path.startsWith("/");
  const out: string[] = [];
  for (const seg of path.split("/")) {
    if (seg === "" || seg === ".") continue;
    if (seg === ".." && out.length > 0 && out[out.length - 1] !== "..") out.pop();
    else if (seg === ".." && absolute) continue;
    else out.push(seg);
  }
  return (absolute ? "/" : "") + out.join("/");
}

/**
 * A path as a URI reference: relative paths stay relative (each segment percent-encoded),
 * absolute ones become `file:` URIs.
 */
export function pathToUri(path: string): string {
  const p = path.replace(/\\/g, "/");
  const enc = (s: string) => s.split("/").map((seg) => (seg === ".." || seg === "." ? seg : encodeURIComponent(seg))).join("/");
  if (/^[A-Za-z]:\//.test(p)) return `file:///${p.slice(0, 2)}${enc(p.slice(2))}`;
  if (p.startsWith("/")) return `file://${enc(p)}`;
  return enc(p);
}
