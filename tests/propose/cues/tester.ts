/**
 * The one tester of the cue tables: each valid case is a text that must give the relation
 * (its kind, its roles by the values as written, its cue, window and standing); each invalid
 * case a trap that must give no relation of the cue.
 */
import { describe, expect, it } from "vitest";
import { proposeClaims } from "../../../src/index.js";

/** A relation expected, its roles written as the claims' values ("37", ["14", "9"]). */
export interface Expected {
  readonly kind: string;
  readonly roles: Readonly<Record<string, string | readonly string[]>>;
  readonly cue?: string;
  readonly window?: string;
  readonly standing?: string;
  readonly fields?: Readonly<Record<string, string>>;
  readonly readings?: number;
}

/**
 * Runs a cue's table. `standing: "proposed"` makes the invalid cases look only at proposed
 * relations (for a cue whose traps another cue still reads as `suggested`).
 */
export function cueTable(cue: string, table: { valid: ReadonlyArray<{ text: string; relation: Expected }>; invalid: ReadonlyArray<{ text: string; why: string }> }, kinds: readonly string[], options: { standing?: "proposed" } = {}): void {
  const relationsOf = (text: string) => {
    const { claimsFile } = proposeClaims(text);
    const claims = claimsFile.claims as Record<string, { value?: string; unknown?: boolean }>;
    const value = (id: string) => (claims[id]?.unknown ? "?" : (claims[id]?.value ?? id));
    return (claimsFile.relations as unknown as Array<Record<string, unknown>>).map((r) => {
      const roles: Record<string, string | string[]> = {};
      for (const [k, v] of Object.entries(r)) {
        if (["kind", "cue", "window", "standing", "readings", "op", "reading", "per"].includes(k)) continue;
        roles[k] = Array.isArray(v) ? v.map((x) => value(String(x))) : value(String(v));
      }
      return { r, roles };
    });
  };
  describe(`cue ${cue}`, () => {
    for (const { text, relation } of table.valid) {
      it(`valid: ${text}`, () => {
        const found = relationsOf(text).filter((x) => x.r.kind === relation.kind);
        const match = found.find((x) => JSON.stringify(x.roles) === JSON.stringify(relation.roles));
        expect(match, JSON.stringify(found.map((x) => x.roles))).toBeDefined();
        if (relation.cue !== undefined) expect(match!.r.cue).toBe(relation.cue);
        expect(match!.r.window).toBe(relation.window ?? "sentence");
        expect(match!.r.standing).toBe(relation.standing ?? "proposed");
        for (const [k, v] of Object.entries(relation.fields ?? {})) expect(match!.r[k]).toBe(v);
        if (relation.readings !== undefined) expect((match!.r.readings as unknown[] | undefined)?.length).toBe(relation.readings);
      });
    }
    for (const { text, why } of table.invalid) {
      it(`invalid (${why}): ${text}`, () => {
        expect(relationsOf(text).filter((x) => kinds.includes(String(x.r.kind)) && (options.standing === undefined || x.r.standing === options.standing)).map((x) => x.r)).toEqual([]);
      });
    }
  });
}
