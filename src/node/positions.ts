/**
 * Where things are written in a claims file: the line and column of each document (and its
 * `text`/`textFile` key), claim, relation, series and series step, by the key path the claim set
 * names them with. One walk over the parsed content (YAML or JSON, read by src/node/source.ts),
 * only as deep as those keys, so a file of a hundred thousand claims costs one pass.
 */
import { formatPath } from "../base/input-issue.js";
import { markParsed, type ClaimSet, type SourcePosition } from "../claims/model.js";

type Keys = ReadonlyArray<string | number>;

/** Where the key at a key path is written (or, for an item of a list, the item). */
export type LocateKey = (keys: Keys) => { line: number; column: number } | undefined;

/**
 * The claim set with `positions` filled from where its file writes each key.
 *
 * @example
 * ```ts
 * import { parseClaims } from "claimcheck";
 * const input = { claims: { a: 40 } };
 * const set = withPositions(parseClaims(input), input, (keys) => (keys.join(".") === "claims.a" ? { line: 2, column: 3 } : undefined));
 * set.positions?.get("claims.a"); //=> { line: 2, column: 3 }
 * ```
 */
export function withPositions(set: ClaimSet, input: unknown, locateKey: LocateKey | undefined): ClaimSet {
  if (!locateKey || !isObject(input)) return set;
  const positions = new Map<string, SourcePosition>();
  const put = (keys: Keys) => {
    const at = locateKey(keys);
    if (at) positions.set(formatPath(keys), { line: at.line, column: at.column });
  };
  const claims = (keys: Keys, node: unknown) => {
    if (isObject(node)) for (const id of Object.keys(node)) put([...keys, id]);
  };
  const items = (keys: Keys, node: unknown, each?: (keys: Keys, item: unknown) => void) => {
    if (Array.isArray(node))
      node.forEach((item: unknown, i) => {
        put([...keys, i]);
        each?.([...keys, i], item);
      });
  };
  const document = (keys: Keys, node: unknown) => {
    if (!isObject(node)) return;
    for (const key of Object.keys(node)) {
      if (key === "text" || key === "textFile") put([...keys, key]);
      else if (key === "claims") claims([...keys, key], node[key]);
      else if (key === "relations") items([...keys, key], node[key]);
    }
  };
  for (const key of Object.keys(input)) {
    const value = input[key];
    if (key === "claims") claims([key], value);
    else if (key === "relations") items([key], value);
    else if (key === "document") {
      put([key]);
      document([key], value);
    } else if (key === "documents") items([key], value, document);
    else if (key === "series") {
      items([key], value, (keys, s) => {
        if (isObject(s) && Array.isArray(s.steps)) items([...keys, "steps"], s.steps);
      });
    }
  }
  // A set with its positions is still one parseClaims made.
  return markParsed({ ...set, positions });
}

function isObject(x: unknown): x is Readonly<Record<string, unknown>> {
  return typeof x === "object" && x !== null && !Array.isArray(x);
}
