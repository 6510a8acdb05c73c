/**
 * Reading files someone else may have written: only regular files, never more than a size limit,
 * decoded strictly (UTF-8, or UTF-16 with a byte-order mark). A FIFO, a device, a socket or a
 * directory is refused from its `stat` before it is opened, so it is never read; a text file named
 * by a claims file must lie inside a root folder, symbolic links followed.
 */
import { constants } from "node:fs";
import { open, realpath, stat } from "node:fs/promises";
import { isAbsolute, relative, resolve, sep } from "node:path";
import type { Stats } from "node:fs";

/** The default limit on the size of a claims file or a text file: 32 MB. */
export const DEFAULT_MAX_FILE_SIZE = 32_000_000;

/** Why a file was not read: not a regular file, too large, not a text, or not readable. */
type Refusal = "kind" | "size" | "encoding" | "read";

/** What went wrong reading a file, in words: what was found there. */
export type ReadResult = { readonly ok: true; readonly text: string } | { readonly ok: false; readonly found: string; readonly why: Refusal };

/**
 * What a file named `what` ("claims file", "text file") should have been, for each refusal.
 *
 * @example
 * ```ts
 * expectedFile("kind", "text file", 32_000_000); //=> "a text file that is a regular file (not a directory, device, FIFO or socket)"
 * ```
 */
export function expectedFile(why: Refusal, what: string, maxFileSize: number): string {
  switch (why) {
    case "kind":
      return `a ${what} that is a regular file (not a directory, device, FIFO or socket)`;
    case "size":
      return `a ${what} of at most ${sizeWords(maxFileSize)} (--max-file-size, or the maxFileSize option, raises the limit)`;
    case "encoding":
      return `a ${what} in UTF-8 (or UTF-16 with a byte-order mark)`;
    case "read":
      return `a readable ${what}`;
  }
}

/** A size in words: "45.2 MB", "512 bytes". */
export function sizeWords(bytes: number): string {
  if (bytes < 1000) return `${bytes} byte${bytes === 1 ? "" : "s"}`;
  if (bytes < 1_000_000) return `${(bytes / 1000).toFixed(1).replace(/\.0$/, "")} kB`;
  if (bytes < 1_000_000_000) return `${(bytes / 1_000_000).toFixed(1).replace(/\.0$/, "")} MB`;
  return `${(bytes / 1_000_000_000).toFixed(1).replace(/\.0$/, "")} GB`;
}

/** What a file system entry is, when it is not a regular file. */
function kindWords(s: Stats): string | undefined {
  if (s.isFile()) return undefined;
  if (s.isDirectory()) return "a directory";
  if (s.isFIFO()) return "a FIFO (named pipe)";
  if (s.isCharacterDevice()) return "a character device";
  if (s.isBlockDevice()) return "a block device";
  if (s.isSocket()) return "a socket";
  if (s.isSymbolicLink()) return "a symbolic link";
  return "not a regular file";
}

/** Why a path could not be read, from the error's code, in words. */
export function errorWords(e: unknown): string {
  const code = (e as { code?: unknown } | null)?.code;
  switch (code) {
    case "ENOENT":
      return "nothing at that path";
    case "ENOTDIR":
      return "a path through something that is not a directory";
    case "EACCES":
    case "EPERM":
      return "a file this user may not read (permission denied)";
    case "ELOOP":
      return "a loop of symbolic links";
    case "ENAMETOOLONG":
      return "a path that is too long";
    case "EISDIR":
      return "a directory";
    case "ENXIO":
      return "a socket or a device with nothing behind it";
    case "ERR_INVALID_ARG_VALUE":
    case "ERR_INVALID_ARG_TYPE":
      return "a path with a NUL character";
    default:
      return "a file that cannot be read";
  }
}

const O_NONBLOCK = constants.O_NONBLOCK ?? 0;
const O_NOFOLLOW = constants.O_NOFOLLOW ?? 0;

/**
 * Reads a regular file of at most `maxFileSize` bytes and decodes it. Anything else is refused
 * from its `stat`, before it is opened: a FIFO would block, a device would never end.
 */
export async function readRegularFile(path: string, maxFileSize: number, options: { readonly follow: boolean; readonly keepBom?: boolean } = { follow: true }): Promise<ReadResult> {
  let before: Stats;
  try {
    before = await stat(path);
  } catch (e) {
    return { ok: false, found: errorWords(e), why: "read" };
  }
  const kind = kindWords(before);
  if (kind) return { ok: false, found: kind, why: "kind" };
  if (before.size > maxFileSize) return { ok: false, found: `a file of ${sizeWords(before.size)}`, why: "size" };
  let bytes: Uint8Array;
  try {
    // O_NONBLOCK: should the path have become a FIFO since the stat, opening it does not wait.
    const handle = await open(path, constants.O_RDONLY | O_NONBLOCK | (options.follow ? 0 : O_NOFOLLOW));
    try {
      const now = await handle.stat();
      if (!now.isFile() || now.ino !== before.ino || now.dev !== before.dev) return { ok: false, found: "a file that changed while it was read", why: "read" };
      // Read at most one byte more than the limit: a file that grows (or a /proc file whose size
      // says 0) is still cut off.
      const chunks: Uint8Array[] = [];
      let total = 0;
      for (;;) {
        const buffer = new Uint8Array(Math.min(1 << 20, maxFileSize + 1 - total));
        const { bytesRead } = await handle.read(buffer, 0, buffer.length, null);
        if (bytesRead === 0) break;
        chunks.push(buffer.subarray(0, bytesRead));
        total += bytesRead;
        if (total > maxFileSize) return { ok: false, found: `a file of more than ${sizeWords(maxFileSize)}`, why: "size" };
      }
      bytes = concat(chunks, total);
    } finally {
      await handle.close();
    }
  } catch (e) {
    return { ok: false, found: errorWords(e), why: "read" };
  }
  const decoded = decodeText(bytes, options.keepBom === true);
  return decoded.ok ? { ok: true, text: decoded.text } : { ok: false, found: decoded.found, why: "encoding" };
}

function concat(chunks: readonly Uint8Array[], total: number): Uint8Array {
  if (chunks.length === 1) return chunks[0]!;
  const out = new Uint8Array(total);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}

/** Whether `path` is `root` or lies under it (both absolute and normalised). */
function inside(root: string, path: string): boolean {
  const rel = relative(root, path);
  return rel === "" || (!rel.startsWith(`..${sep}`) && rel !== ".." && !isAbsolute(rel));
}

/** Where a text file named by a claims file is, or why it may not be read. */
export type TextFileResult = { readonly ok: true; readonly text: string } | { readonly ok: false; readonly expected: string; readonly found: string };

/**
 * Reads the text file `name` (as written in a claims file in `dir`) when it lies inside `root`,
 * symbolic links followed; anything outside, and anything but a regular file, is refused unread.
 */
export async function readTextFile(dir: string, name: string, root: { readonly path: string; readonly named: boolean }, maxFileSize: number): Promise<TextFileResult> {
  const where = root.named ? `the root folder ${root.path}` : "the folder of the claims file (--root DIR, or the root option, names another)";
  const expected = `the path of a text file inside ${where}`;
  const shown = `'${name.length > 60 ? `${name.slice(0, 60)}…` : name}'`;
  if (name.includes("\u0000")) return { ok: false, expected, found: `${shown}, a path with a NUL character` };
  const rootPath = resolve(root.path);
  const target = resolve(dir, name);
  if (!inside(rootPath, target)) return { ok: false, expected, found: `${shown}, which is outside it` };
  let realRoot: string;
  let realTarget: string;
  try {
    realRoot = await realpath(rootPath);
  } catch (e) {
    return { ok: false, expected: `a root folder that exists`, found: `${root.path}: ${errorWords(e)}` };
  }
  try {
    realTarget = await realpath(target);
  } catch (e) {
    return { ok: false, expected: "the path of a readable text file, relative to the claims file", found: `${shown}: ${errorWords(e)}` };
  }
  if (!inside(realRoot, realTarget)) return { ok: false, expected, found: `${shown}, a symbolic link to a file outside it` };
  const read = await readRegularFile(realTarget, maxFileSize, { follow: false, keepBom: true });
  if (read.ok) return read;
  return { ok: false, expected: expectedFile(read.why, "text file", maxFileSize), found: `${shown}: ${read.found}` };
}

/** The text of some bytes, or what is wrong with them. */
export type Decoded = { readonly ok: true; readonly text: string } | { readonly ok: false; readonly found: string };

const UTF8 = new TextDecoder("utf-8", { fatal: true, ignoreBOM: false });
const UTF8_KEEP_BOM = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });
const UTF16LE = new TextDecoder("utf-16le", { fatal: true, ignoreBOM: false });

/**
 * Decodes a file's bytes: UTF-8 (a byte-order mark is dropped unless `keepBom`), or UTF-16 with
 * a byte-order mark (dropped). Invalid UTF-8 is refused with the byte offset of its first bad byte; a NUL
 * byte (UTF-16 without a byte-order mark, or a binary file) is refused too.
 */
export function decodeText(bytes: Uint8Array, keepBom = false): Decoded {
  if (bytes.length >= 2 && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))) {
    const le = bytes[0] === 0xff;
    if (bytes.length % 2 !== 0) return { ok: false, found: "UTF-16 with an odd number of bytes" };
    const body = le ? bytes : swapPairs(bytes);
    try {
      return { ok: true, text: UTF16LE.decode(body) };
    } catch {
      return { ok: false, found: `invalid UTF-16 at byte offset ${firstInvalidUtf16(body)}` };
    }
  }
  const nul = bytes.indexOf(0);
  if (nul >= 0) {
    return { ok: false, found: looksUtf16(bytes) ? "UTF-16 without a byte-order mark (save it as UTF-8, or as UTF-16 with a byte-order mark)" : `a NUL byte at byte offset ${nul} (a binary file, not a text)` };
  }
  try {
    return { ok: true, text: (keepBom ? UTF8_KEEP_BOM : UTF8).decode(bytes) };
  } catch {
    const at = firstInvalidUtf8(bytes);
    const shown = Array.from(bytes.subarray(at, Math.min(at + 4, bytes.length)), (b) => `0x${b.toString(16).toUpperCase().padStart(2, "0")}`).join(" ");
    return { ok: false, found: `invalid UTF-8 at byte offset ${at} (${shown})` };
  }
}

function swapPairs(bytes: Uint8Array): Uint8Array {
  const out = new Uint8Array(bytes.length);
  for (let i = 0; i + 1 < bytes.length; i += 2) {
    out[i] = bytes[i + 1]!;
    out[i + 1] = bytes[i]!;
  }
  return out;
}

/** Text in UTF-16 without a byte-order mark: NUL bytes on one side of most pairs at the start. */
function looksUtf16(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, 4096) & ~1;
  let even = 0;
  let odd = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0 && bytes[i + 1] !== 0) even++;
    if (bytes[i + 1] === 0 && bytes[i] !== 0) odd++;
  }
  return n >= 2 && Math.max(even, odd) * 4 >= n / 2;
}

/** The byte offset of the first byte that is not valid UTF-8 (the decoder said there is one). */
function firstInvalidUtf8(b: Uint8Array): number {
  let i = 0;
  while (i < b.length) {
    const c = b[i]!;
    if (c < 0x80) {
      i++;
      continue;
    }
    let need: number;
    let min: number;
    if (c >= 0xc2 && c <= 0xdf) [need, min] = [1, 0x80];
    else if (c >= 0xe0 && c <= 0xef) [need, min] = [2, 0x800];
    else if (c >= 0xf0 && c <= 0xf4) [need, min] = [3, 0x10000];
    else return i;
    let cp = c & (0x3f >> need);
    for (let k = 1; k <= need; k++) {
      const x = b[i + k];
      if (x === undefined || (x & 0xc0) !== 0x80) return i;
      cp = (cp << 6) | (x & 0x3f);
    }
    if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return i;
    i += need + 1;
  }
  return b.length;
}

/** The byte offset (in the little-endian body) of the first unpaired surrogate. */
function firstInvalidUtf16(b: Uint8Array): number {
  for (let i = 0; i + 1 < b.length; i += 2) {
    const u = b[i]! | (b[i + 1]! << 8);
    if (u >= 0xd800 && u <= 0xdbff) {
      const v = i + 3 < b.length ? b[i + 2]! | (b[i + 3]! << 8) : -1;
      if (v < 0xdc00 || v > 0xdfff) return i;
      i += 2;
    } else if (u >= 0xdc00 && u <= 0xdfff) return i;
  }
  return b.length;
}
