/**
 * Reading files a person drops on the desk page: a claims file (YAML, or JSON read as strict
 * JSON) and, when it names its text by `textFile:`, that text. Errors are one sentence that says
 * which file, where and what was expected; nothing here throws.
 */
import { parseDocument } from "yaml";
import { LineIndex } from "../base/lines.js";

/** A file as the page read it. */
export interface DroppedFile {
  readonly name: string;
  readonly content: string;
}

/** A claims file and its text, ready for the desk; or why not. */
export type Imported = { readonly ok: true; readonly claimsFile: Record<string, unknown>; readonly text: string; readonly name: string } | { readonly ok: false; readonly error: string };

const CLAIMS = [".yaml", ".yml", ".json"];
const TEXTS = [".txt", ".md", ".text"];
const ext = (name: string) => {
  const dot = name.lastIndexOf(".");
  return dot < 0 ? "" : name.slice(dot).toLowerCase();
};
const base = (name: string) => name.slice(Math.max(name.lastIndexOf("/"), name.lastIndexOf("\\")) + 1);

/** Line and column (1-based) of an offset, as `line:column`. */
function lineColumn(s: string, offset: number): string {
  const at = new LineIndex(s).at(offset);
  return `${at.line}:${at.column}`;
}

/** The content of a claims file, or its first syntax error in words. */
function parseContent(f: DroppedFile): { value: unknown } | { error: string } {
  if (ext(f.name) === ".json") {
    try {
      return { value: JSON.parse(f.content) as unknown };
    } catch (e) {
      const m = /position (\d+)/.exec(String((e as Error).message));
      const where = m ? `:${lineColumn(f.content, Number(m[1]))}` : "";
      return { error: `${f.name}${where}: expected valid JSON (${(e as Error).message})` };
    }
  }
  const doc = parseDocument(f.content, { prettyErrors: false, uniqueKeys: true });
  const err = doc.errors[0];
  if (err) return { error: `${f.name}:${lineColumn(f.content, err.pos[0])}: expected valid YAML, found ${err.message.split("\n")[0]}` };
  return { value: doc.toJS({ maxAliasCount: 100 }) as unknown };
}

/**
 * Reads the files a person chose: one claims file (.yaml, .yml or .json) and, if it names its
 * text by `textFile`, the text file too (.txt or .md).
 *
 * @example
 * ```ts
 * import { importFiles } from "./import.js";
 * const r = importFiles([{ name: "c.yaml", content: 'document: { id: d, text: "37 reports" }\nclaims: { all: { value: 37, quote: "37" } }\n' }]);
 * r.ok && r.text; //=> "37 reports"
 * importFiles([{ name: "c.yaml", content: "claims: [" }]);
 * //=> { ok: false, error: "c.yaml:1:10: expected valid YAML, found Flow sequence in block collection must be sufficiently indented and end with a ]" }
 * ```
 */
export function importFiles(files: readonly DroppedFile[]): Imported {
  const claimsFiles = files.filter((f) => CLAIMS.includes(ext(f.name)));
  const texts = files.filter((f) => TEXTS.includes(ext(f.name)));
  const other = files.find((f) => !CLAIMS.includes(ext(f.name)) && !TEXTS.includes(ext(f.name)));
  if (other) return { ok: false, error: `${other.name}: expected a claims file (.yaml, .yml, .json) or its text (.txt, .md)` };
  if (claimsFiles.length !== 1) return { ok: false, error: claimsFiles.length === 0 ? "expected a claims file (.yaml, .yml, .json) among the files chosen" : `expected one claims file, got ${claimsFiles.length}: ${claimsFiles.map((f) => f.name).join(", ")}` };
  const f = claimsFiles[0]!;
  const parsed = parseContent(f);
  if ("error" in parsed) return { ok: false, error: parsed.error };
  const content = parsed.value;
  if (typeof content !== "object" || content === null || Array.isArray(content)) return { ok: false, error: `${f.name}: expected a claims file (a mapping with document, claims and relations)` };
  const file = content as Record<string, unknown>;
  if (file.documents !== undefined) return { ok: false, error: `${f.name}: at documents: the desk reads claims files of one document (document:); check files of several with the CLI` };
  const doc = file.document;
  if (typeof doc !== "object" || doc === null) return { ok: false, error: `${f.name}: at document: expected the document (id and text or textFile) the claims are about` };
  const d = doc as Record<string, unknown>;
  if (typeof d.text === "string") return { ok: true, claimsFile: file, text: d.text, name: f.name };
  if (typeof d.textFile === "string") {
    const wanted = base(d.textFile);
    const t = texts.find((x) => base(x.name) === wanted) ?? (texts.length === 1 ? texts[0] : undefined);
    if (!t) return { ok: false, error: `${f.name}: at document.textFile: it names the text "${d.textFile}": choose that file together with the claims file` };
    return { ok: true, claimsFile: file, text: t.content, name: f.name };
  }
  return { ok: false, error: `${f.name}: at document: expected text or textFile` };
}
