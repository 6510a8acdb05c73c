/**
 * Where things are written in a claims file: the line and column of each document (and its
 * `text`/`textFile` key), claim, relation, series and series step, by the key path the claim set
 * names them with. One walk over the parsed YAML (JSON is read by the same parser), only as deep
 * as those keys, so a file of a hundred thousand claims costs one pass.
 */
import { isMap, isNode, isScalar, isSeq, type Document, type LineCounter, type Node, type Pair } from "yaml";
import { formatPath } from "../base/input-issue.js";
import type { ClaimSet, SourcePosition } from "../claims/model.js";

type Keys = ReadonlyArray<string | number>;

/**
 * The claim set with `positions` filled from the YAML it was parsed from.
 *
 * @example
 * ```ts
 * import { LineCounter, parseDocument } from "yaml";
 * import { parseClaims } from "claimcheck";
 * const source = "claims:\n  a: 40\n  b: 37\nrelations:\n  - { kind: part-of, part: a, whole: b }\n";
 * const lines = new LineCounter();
 * const doc = parseDocument(source, { lineCounter: lines });
 * const set = withPositions(parseClaims(doc.toJS()), { doc, lines });
 * [set.positions?.get("claims.b"), set.positions?.get("relations[0]")]; //=> [{ line: 3, column: 3 }, { line: 5, column: 5 }]
 * ```
 */
export function withPositions(set: ClaimSet, yaml: { readonly doc: Document; readonly lines: LineCounter } | undefined): ClaimSet {
  if (!yaml || !isMap(yaml.doc.contents)) return set;
  const positions = new Map<string, SourcePosition>();
  const put = (keys: Keys, node: unknown) => {
    const at = isNode(node) ? node.range?.[0] : undefined;
    if (at === undefined) return;
    const { line, col } = yaml.lines.linePos(at);
    positions.set(formatPath(keys), { line, column: col });
  };
  const root = yaml.doc.contents;
  const claims = (keys: Keys, node: unknown) => {
    if (isMap(node)) for (const pair of node.items) put([...keys, keyOf(pair)], pair.key);
  };
  const items = (keys: Keys, node: unknown, each?: (keys: Keys, item: unknown) => void) => {
    if (isSeq(node))
      node.items.forEach((item, i) => {
        put([...keys, i], item);
        each?.([...keys, i], item);
      });
  };
  const document = (keys: Keys, node: unknown) => {
    if (!isMap(node)) return;
    for (const pair of node.items) {
      const key = keyOf(pair);
      if (key === "text" || key === "textFile") put([...keys, key], pair.key);
      else if (key === "claims") claims([...keys, key], pair.value);
      else if (key === "relations") items([...keys, key], pair.value);
    }
  };
  for (const pair of root.items) {
    const key = keyOf(pair);
    if (key === "claims") claims([key], pair.value);
    else if (key === "relations") items([key], pair.value);
    else if (key === "document") {
      put([key], pair.key);
      document([key], pair.value);
    } else if (key === "documents") items([key], pair.value, document);
    else if (key === "series") {
      items([key], pair.value, (keys, s) => {
        if (isMap(s)) for (const p of s.items) if (keyOf(p) === "steps") items([...keys, "steps"], p.value);
      });
    }
  }
  return { ...set, positions };
}

function keyOf(pair: Pair<unknown, unknown>): string {
  return isScalar(pair.key) ? String(pair.key.value) : String(pair.key as Node);
}
