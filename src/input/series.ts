/**
 * Compiles `series:` into relations the engine checks like any other, so a series has no
 * arithmetic of its own.
 *
 * A series lists releases in order. Each release may state the measure at the start of its
 * period (`previous` total, stock `carriedOver`) and at its end (`total`, `open`), and the flows
 * in between (the increment `added` or stock `inflows`; `outflows`; adjustments with reasons).
 * Walking the stated values in order, each value is linked to the next stated one:
 *
 *     next = value + Σ inflows − Σ outflows   (over the releases in between)
 *
 * exactly when every flow in between is stated; as a bound when some are not (an unstated
 * inflow can only raise the measure: `next ≥ …`; an unstated outflow only lower it), and not at
 * all when both are unknown. A release whose `covers:` period does not follow the previous
 * release's leaves a gap whose flows are unknown. For a cumulative count every link is at least
 * "never falls" (its increments cannot be negative), and `increments: at-least` makes the stated
 * increments a floor ("rises by at least the month's new items").
 *
 * Links become relations of kind `series-step` (exact links, and every link of a stock) or
 * `series-monotonic` (the bounds of a cumulative count), with roles `start`, `inflow`,
 * `outflow`, `add`, `subtract` (stated adjustments) and `end`, and a `series` field naming the
 * two releases.
 */
import { formatPath } from "../base/input-issue.js";
import type { ClaimModel, DocumentModel, RelationModel, RoleRef } from "../claims/model.js";
import type { SeriesInput } from "./schema.js";
import { lastDay, shiftDay, firstDay } from "../time/calendar.js";
import type { SeriesAdjustment, SeriesLink, SeriesModel, SeriesPoint, SeriesStepModel } from "../claims/series.js";

/** What `compileSeries` needs from the claim set being built. */
export interface SeriesCompileContext {
  readonly documents: readonly DocumentModel[];
  /** Claims by key (`document/claim`). */
  readonly claims: Pick<ReadonlyMap<string, ClaimModel>, "get">;
  /** Index of the first relation to make (after the file's own relations). */
  readonly firstIndex: number;
  /** Reports an input problem at a key path. */
  add(path: ReadonlyArray<PropertyKey>, expected: string, found?: string): void;
}

interface Point {
  /** 2k for the start of release k's period, 2k + 1 for its end. */
  readonly pos: number;
  readonly claim: string;
}

/**
 * Compiles the series of a claims file into `SeriesModel`s and the relations that check them.
 *
 * @example
 * ```ts
 * import { parseClaims } from "claimcheck";
 * const set = parseClaims({
 *   documents: [
 *     { id: "june", published: "2017-08-04", claims: { total: 624 } },
 *     { id: "july", published: "2017-09-01", claims: { added: 61, total: "at least 685" } },
 *   ],
 *   series: [{ id: "deaths", kind: "cumulative", total: "total", added: "added", steps: ["june", "july"] }],
 * });
 * set.relations[0].kind; //=> "series-step"
 * set.relations[0].roles.map((r) => r.claim); //=> ["june/total", "july/added", "july/total"]
 * ```
 */
export function compileSeries(inputs: readonly SeriesInput[], ctx: SeriesCompileContext): { series: SeriesModel[]; relations: RelationModel[] } {
  const series: SeriesModel[] = [];
  const relations: RelationModel[] = [];
  const docs = new Map(ctx.documents.map((d) => [d.id, d]));
  const ids = new Set<string>();
  inputs.forEach((input, s) => {
    const path = ["series", s] as const;
    if (ids.has(input.id)) ctx.add([...path, "id"], "a series id used once in the file", `'${input.id}' again`);
    ids.add(input.id);
    const steps: SeriesStepModel[] = [];
    const seen = new Set<string>();
    /** Series-level claim ids that name a claim in at least one release. */
    const used = new Set<string>();
    const claimKey = (release: string, id: string, keys: ReadonlyArray<PropertyKey>, required: boolean): string | undefined => {
      const key = `${release}/${id}`;
      const claim = ctx.claims.get(key);
      if (!claim) {
        if (required) ctx.add(keys, `the id of a claim in release '${release}'`, `'${id}', which names no claim there`);
        return undefined;
      }
      if (claim.time?.role === "statement") {
        ctx.add(keys, "a quantity claim (a series counts something)", `'${id}', a time claim`);
        return undefined;
      }
      return key;
    };
    input.steps.forEach((raw, j) => {
      const stepPath = [...path, "steps", j] as const;
      const step = typeof raw === "string" ? { release: raw } : raw;
      const at = (key: string) => (typeof raw === "string" ? stepPath : [...stepPath, key]);
      const doc = docs.get(step.release);
      if (!doc) {
        ctx.add(at("release"), "the id of a document (a release) in this file", `'${step.release}'`);
        return;
      }
      if (seen.has(step.release)) ctx.add(at("release"), "each release once in a series", `'${step.release}' again`);
      seen.add(step.release);
      const r = step.release;
      /** A claim named at the step (required there) or at the series (optional in each release). */
      const role = (stepId: string | undefined, seriesId: string | undefined, key: string): string | undefined => {
        if (stepId !== undefined) return claimKey(r, stepId, [...stepPath, key], true);
        if (seriesId === undefined) return undefined;
        const k = claimKey(r, seriesId, [...path, key], false);
        if (k !== undefined) used.add(key);
        return k;
      };
      const roleList = (stepIds: readonly string[] | undefined, seriesIds: readonly string[] | undefined, key: string): { keys: string[]; missing: boolean } => {
        if (stepIds !== undefined) {
          const keys = stepIds.flatMap((id, k) => {
            const c = claimKey(r, id, [...stepPath, key, k], true);
            return c !== undefined ? [c] : [];
          });
          return { keys, missing: false };
        }
        const keys: string[] = [];
        let missing = false;
        for (const id of seriesIds ?? []) {
          const c = claimKey(r, id, [...path, key], false);
          if (c !== undefined) {
            keys.push(c);
            used.add(`${key}:${id}`);
          } else missing = true;
        }
        return { keys, missing };
      };
      const adjustments: SeriesAdjustment[] = (step.adjustments ?? []).flatMap((a, k) => {
        const aPath = [...stepPath, "adjustments", k];
        const isAdd = "add" in a;
        const c = claimKey(r, isAdd ? a.add : a.subtract, [...aPath, isAdd ? "add" : "subtract"], true);
        return c !== undefined ? [{ claim: c, sign: isAdd ? 1 : -1, reason: a.reason, path: formatPath(aPath) } as const] : [];
      });
      let start: string | undefined;
      let end: string | undefined;
      let inflows: string[];
      let outflows: string[] = [];
      let unknownInflow: boolean;
      let unknownOutflow = false;
      if (input.kind === "cumulative") {
        const st = step as { previous?: string; total?: string; added?: string };
        start = role(st.previous, input.previous, "previous");
        end = role(st.total, input.total, "total");
        const added = role(st.added, input.added, "added");
        inflows = added !== undefined ? [added] : [];
        unknownInflow = added === undefined || input.increments === "at-least";
      } else {
        const st = step as { carriedOver?: string; open?: string; inflows?: string[]; outflows?: string[] };
        start = role(st.carriedOver, input.carriedOver, "carriedOver");
        end = role(st.open, input.open, "open");
        const i = roleList(st.inflows, input.inflows, "inflows");
        const o = roleList(st.outflows, input.outflows, "outflows");
        inflows = i.keys;
        outflows = o.keys;
        unknownInflow = i.missing || (input.inflows === undefined && st.inflows === undefined);
        unknownOutflow = o.missing || (input.outflows === undefined && st.outflows === undefined);
      }
      const all = [start, end, ...inflows, ...outflows, ...adjustments.map((a) => a.claim)].filter((x): x is string => x !== undefined);
      const dup = all.find((k, i) => all.indexOf(k) !== i);
      if (dup !== undefined) ctx.add(stepPath, "each claim in one part of a series step", `'${dup.slice(r.length + 1)}' in two`);
      steps.push({
        release: r,
        ...(doc.published !== undefined ? { published: doc.published } : {}),
        ...(doc.covers ? { covers: doc.covers } : {}),
        ...(start !== undefined ? { start } : {}),
        ...(end !== undefined ? { end } : {}),
        inflows,
        outflows,
        unknownInflow,
        unknownOutflow,
        adjustments,
        path: formatPath(stepPath),
      });
    });
    // A series-level claim id that names no claim in any release is a misspelling.
    const check = (key: string, id: string | undefined) => {
      if (id !== undefined && steps.length > 0 && !used.has(key)) ctx.add([...path, key], "the id of a claim in at least one of the series' releases", `'${id}', which names no claim in any`);
    };
    if (input.kind === "cumulative") {
      check("total", input.total);
      check("added", input.added);
      check("previous", input.previous);
    } else {
      check("open", input.open);
      check("carriedOver", input.carriedOver);
      for (const id of input.inflows ?? []) check(`inflows:${id}`, id);
      for (const id of input.outflows ?? []) check(`outflows:${id}`, id);
    }
    const model: SeriesModel = {
      id: input.id,
      kind: input.kind,
      ...(input.measure !== undefined ? { measure: input.measure } : {}),
      increments: input.kind === "cumulative" ? input.increments ?? "exact" : "exact",
      steps,
      path: formatPath(path),
    };
    series.push(model);
    for (const r of links(model, ctx.firstIndex + relations.length)) relations.push(r);
  });
  return { series, relations };
}

/** True when release k's covered period does not start the day after release k−1's ends. */
function gapBefore(steps: readonly SeriesStepModel[], k: number): boolean {
  const prev = steps[k - 1]?.covers;
  const cur = steps[k]?.covers;
  if (!prev?.to || !cur) return false;
  return shiftDay(lastDay(prev.to), 1) !== firstDay(cur.from);
}

/** The relations linking each stated value of a series to the next. */
function links(model: SeriesModel, firstIndex: number): RelationModel[] {
  const { steps } = model;
  const points: Point[] = [];
  steps.forEach((st, k) => {
    if (st.start !== undefined) points.push({ pos: 2 * k, claim: st.start });
    if (st.end !== undefined) points.push({ pos: 2 * k + 1, claim: st.end });
  });
  const out: RelationModel[] = [];
  for (let p = 1; p < points.length; p++) {
    const a = points[p - 1]!;
    const b = points[p]!;
    const roles: RoleRef[] = [{ role: "start", claim: a.claim }];
    const releases: string[] = [];
    let unknownIn = false;
    let unknownOut = false;
    // Releases whose flows lie between the two values: their start at or after a, their end at or before b.
    for (let k = Math.ceil(a.pos / 2); 2 * k + 1 <= b.pos; k++) {
      const st = steps[k]!;
      releases.push(st.release);
      for (const c of st.inflows) roles.push({ role: "inflow", claim: c });
      for (const c of st.outflows) roles.push({ role: "outflow", claim: c });
      for (const adj of st.adjustments) roles.push({ role: adj.sign > 0 ? "add" : "subtract", claim: adj.claim });
      unknownIn ||= st.unknownInflow;
      unknownOut ||= st.unknownOutflow;
    }
    // Gaps between releases' periods: between the end of k−1 (pos 2k−1) and the start of k (pos 2k).
    for (let k = Math.max(1, Math.ceil((a.pos + 1) / 2)); 2 * k <= b.pos; k++) {
      if (gapBefore(steps, k)) {
        unknownIn = true;
        if (model.kind === "stock") unknownOut = true;
      }
    }
    roles.push({ role: "end", claim: b.claim });
    if (unknownIn && unknownOut) continue; // nothing can be said
    const bound: SeriesLink["bound"] = unknownIn ? "at-least" : unknownOut ? "at-most" : "exact";
    const kind = model.kind === "cumulative" && bound !== "exact" ? "series-monotonic" : "series-step";
    const from = point(steps, a);
    const to = point(steps, b);
    const toStep = steps[b.pos >> 1]!;
    out.push({
      index: firstIndex + out.length,
      kind,
      id: `${model.id}: ${from.release}${from.at === "start" ? " (start)" : ""} → ${to.release}${to.at === "start" ? " (start)" : ""}`,
      roles,
      path: toStep.path,
      series: {
        series: model.id,
        seriesKind: model.kind,
        ...(model.measure !== undefined ? { measure: model.measure } : {}),
        from,
        to,
        bound,
        releases,
      },
    });
  }
  return out;
}

function point(steps: readonly SeriesStepModel[], p: Point): SeriesPoint {
  const st = steps[p.pos >> 1]!;
  return { release: st.release, ...(st.published !== undefined ? { published: st.published } : {}), at: p.pos % 2 === 0 ? "start" : "end" };
}
