/** A 1-based line and column (UTF-16 code units). */
export interface LineColumn {
  readonly line: number;
  readonly column: number;
}

/**
 * Maps UTF-16 offsets of a text to 1-based lines and columns. Lines end at `\n`, `\r\n` or `\r`.
 *
 * @example
 * ```ts
 * const lines = new LineIndex("ab\ncd");
 * lines.at(3); //=> { line: 2, column: 1 }
 * ```
 */
export class LineIndex {
  private readonly starts: number[] = [0];

  constructor(readonly text: string) {
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === 10) this.starts.push(i + 1);
      else if (c === 13) {
        if (text.charCodeAt(i + 1) === 10) i++;
        this.starts.push(i + 1);
      }
    }
  }

  /** Line and column of an offset. */
  at(offset: number): LineColumn {
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.starts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: offset - this.starts[lo]! + 1 };
  }

  /** The text of a 1-based line, without its line break. */
  lineText(line: number): string {
    const start = this.starts[line - 1] ?? this.text.length;
    let end = this.starts[line] ?? this.text.length;
    while (end > start && (this.text.charCodeAt(end - 1) === 10 || this.text.charCodeAt(end - 1) === 13)) end--;
    return this.text.slice(start, end);
  }
}
