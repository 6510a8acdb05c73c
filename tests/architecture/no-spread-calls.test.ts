/**
 * No array is spread into a call's arguments anywhere in src/: `out.push(...found)` or
 * `Math.max(...values)` puts every element on the stack, and past about 120,000 elements the call
 * overflows it ("Maximum call stack size exceeded"). Loops, `concat` or a reduce instead.
 * Spreads into array and object literals are fine (they do not use the stack).
 */
import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import ts from "typescript";
import { describe, expect, it } from "vitest";

const SRC = fileURLToPath(new URL("../../src/", import.meta.url));

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? sources(join(dir, e.name)) : e.name.endsWith(".ts") ? [join(dir, e.name)] : []));
}

/** Every `f(...x)` and `new F(...x)` in a file, as `file:line: text`. */
function spreadCalls(file: string, text = readFileSync(file, "utf8")): string[] {
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
  const found: string[] = [];
  const visit = (node: ts.Node): void => {
    if ((ts.isCallExpression(node) || ts.isNewExpression(node)) && node.arguments?.some((a) => ts.isSpreadElement(a))) {
      const { line } = source.getLineAndCharacterOfPosition(node.getStart(source));
      found.push(`${relative(SRC, file)}:${line + 1}: ${node.getText(source).slice(0, 80)}`);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

describe("no spread into a call", () => {
  it("finds one where there is one (the check itself works)", () => {
    expect(spreadCalls("x.ts", "const a: number[] = []; a.push(...b); Math.max(...a); new Set(...c); f([...a], { ...o });")).toHaveLength(3);
  });

  it("src/ spreads no list into a call", () => {
    expect(sources(SRC).flatMap((f) => spreadCalls(f))).toEqual([]);
  });
});
