/**
 * Output as a sequence of chunks, so that a report of millions of findings or numbers is written
 * piece by piece (a JavaScript string has a maximum length, and the CLI should not hold the whole
 * report at once). `jsonChunks` gives exactly the text of `JSON.stringify(value, null, 2)`.
 */

/**
 * A list written item by item: each item is mapped when it is written (the mapped list is never
 * built) and laid out by one `JSON.stringify`, and the items are yielded in pieces of about 64 kB.
 */
export class LazyList<T> {
  constructor(
    readonly items: readonly T[],
    readonly map: (item: T) => unknown = (item) => item,
    /** Writes one item as `JSON.stringify(map(item), null, 2)` would at that depth, faster (optional). */
    readonly write?: (item: T, depth: number) => string,
  ) {}
}

/** Containers this deep or deeper are written by one `JSON.stringify` each. */
const WHOLE_AT = 4;

/** About this many characters are gathered before a piece is yielded. */
const PIECE = 1 << 16;

/**
 * `JSON.stringify(value, null, 2)` in chunks, a `LazyList` written as the list of its mapped
 * items. Plain data only (what the formatters build); anything with a `toJSON` is left to
 * `JSON.stringify`.
 *
 * @example
 * ```ts
 * [...jsonChunks({ a: [1, { b: "x" }], c: {} })].join(""); //=> JSON.stringify({ a: [1, { b: "x" }], c: {} }, null, 2)
 * [...jsonChunks({ n: new LazyList([1, 2], (x) => x * 10) })].join(""); //=> '{\n  "n": [\n    10,\n    20\n  ]\n}'
 * ```
 */
export function* jsonChunks(value: unknown, depth = 0): Generator<string> {
  if (value instanceof LazyList) {
    yield* listChunks(value as LazyList<unknown>, depth);
    return;
  }
  if (typeof value !== "object" || value === null || depth >= WHOLE_AT || typeof (value as { toJSON?: unknown }).toJSON === "function") {
    yield whole(value, depth);
    return;
  }
  if (Array.isArray(value)) {
    if (value.length === 0) {
      yield "[]";
      return;
    }
    const pad = "\n" + "  ".repeat(depth + 1);
    for (let i = 0; i < value.length; i++) {
      yield `${i === 0 ? "[" : ","}${pad}`;
      const v: unknown = value[i];
      if (v === undefined || typeof v === "function" || typeof v === "symbol") yield "null";
      else yield* jsonChunks(v, depth + 1);
    }
    yield `\n${"  ".repeat(depth)}]`;
    return;
  }
  const pad = "\n" + "  ".repeat(depth + 1);
  let first = true;
  for (const key of Object.keys(value)) {
    const v = (value as Record<string, unknown>)[key];
    if (v === undefined || typeof v === "function" || typeof v === "symbol") continue;
    yield `${first ? "{" : ","}${pad}${JSON.stringify(key)}: `;
    first = false;
    yield* jsonChunks(v, depth + 1);
  }
  yield first ? "{}" : `\n${"  ".repeat(depth)}}`;
}

function* listChunks(list: LazyList<unknown>, depth: number): Generator<string> {
  const { items, map, write } = list;
  if (items.length === 0) {
    yield "[]";
    return;
  }
  const pad = "\n" + "  ".repeat(depth + 1);
  let piece = "";
  for (let i = 0; i < items.length; i++) {
    let text: string;
    if (write) text = write(items[i], depth + 1);
    else {
      const v = map(items[i]);
      text = v === undefined || typeof v === "function" || typeof v === "symbol" ? "null" : whole(v, depth + 1);
    }
    piece += `${i === 0 ? "[" : ","}${pad}${text}`;
    if (piece.length >= PIECE) {
      yield piece;
      piece = "";
    }
  }
  yield `${piece}\n${"  ".repeat(depth)}]`;
}

/**
 * One value by `JSON.stringify`, indented for its depth.
 *
 * @example
 * ```ts
 * whole({ a: [1] }, 1); //=> '{\n    "a": [\n      1\n    ]\n  }'
 * ```
 */
export function whole(value: unknown, depth: number): string {
  const s = JSON.stringify(value, null, 2) ?? "null";
  return depth === 0 || !s.includes("\n") ? s : s.replace(/\n/g, "\n" + "  ".repeat(depth));
}

/** The chunks joined: for the formatters that return one string. */
export function joinChunks(chunks: Iterable<string>): string {
  let out = "";
  for (const c of chunks) out += c;
  return out;
}
