/**
 * Files a person imports into the desk (src/desk/import.ts): a claims file and its text, read as
 * the CLI reads them; every refusal is one sentence naming the file, where, and what was expected.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { analyseDesk } from "../../src/desk/view.js";
import { importFiles } from "../../src/desk/import.js";
import { checkFile } from "../../src/node/load.js";

const seedClaims = { name: "claims.yaml", content: readFileSync("claims/seed/claims.yaml", "utf8") };
const seedText = { name: "article.txt", content: readFileSync("claims/seed/article.txt", "utf8") };

describe("importFiles", () => {
  it("reads the seed's claims file with the text it names, and the desk checks it as the CLI does", async () => {
    const r = importFiles([seedClaims, seedText]);
    if (!r.ok) throw new Error(r.error);
    expect(r.text).toBe(seedText.content);
    const a = analyseDesk({ text: r.text, imported: r.claimsFile });
    const cli = await checkFile("claims/seed/claims.yaml");
    expect(a.view.verdict).toBe(cli.verdict);
    expect(a.view.findings.map((f) => [f.ruleId, f.severity, f.message, f.start, f.end])).toEqual(cli.findings.map((f) => [f.ruleId, f.severity, f.message, f.location?.start, f.location?.end]));
    expect(a.view.relations.every((rel) => rel.origin === "file")).toBe(true);
    expect(a.view.relations).toHaveLength(cli.set!.relations.length);
  });

  it.each<[string, Array<{ name: string; content: string }>, string]>([
    ["YAML that does not parse", [{ name: "c.yaml", content: "claims:\n  a: [1, 2\n" }], "c.yaml:3:1: expected valid YAML, found"],
    ["JSON with a trailing comma (strict JSON)", [{ name: "c.json", content: '{ "claims": { "a": 1, } }' }], "c.json:1:23: expected valid JSON"],
    ["a list, not a claims file", [{ name: "c.yaml", content: "- 1\n- 2\n" }], "c.yaml: expected a claims file (a mapping with document, claims and relations)"],
    ["several documents", [{ name: "c.yaml", content: "documents: []\n" }], "c.yaml: at documents: the desk reads claims files of one document (document:); check files of several with the CLI"],
    ["no document", [{ name: "c.yaml", content: "claims: { a: 1 }\n" }], "c.yaml: at document: expected the document (id and text or textFile) the claims are about"],
    ["its text not chosen", [{ name: "c.yaml", content: "document: { id: d, textFile: story.txt }\nclaims: {}\n" }], 'c.yaml: at document.textFile: it names the text "story.txt": choose that file together with the claims file'],
    ["no claims file", [seedText], "expected a claims file (.yaml, .yml, .json) among the files chosen"],
    ["two claims files", [seedClaims, { ...seedClaims, name: "other.yaml" }], "expected one claims file, got 2: claims.yaml, other.yaml"],
    ["a file of another kind", [{ name: "photo.png", content: "" }], "photo.png: expected a claims file (.yaml, .yml, .json) or its text (.txt, .md)"],
  ])("refuses %s", (_name, files, message) => {
    const r = importFiles(files);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.startsWith(message)).toBe(true);
  });

  it("takes the text inline, and a lone text file whatever its name", () => {
    const inline = importFiles([{ name: "c.json", content: '{ "document": { "id": "d", "text": "It had 37." }, "claims": {} }' }]);
    expect(inline).toMatchObject({ ok: true, text: "It had 37." });
    const lone = importFiles([{ name: "c.yaml", content: "document: { id: d, textFile: story.txt }\nclaims: {}\n" }, { name: "renamed.txt", content: "It had 37." }]);
    expect(lone).toMatchObject({ ok: true, text: "It had 37." });
  });
});
