// @ts-check
/**
 * Reads the evaluation corpus: its manifest (tests/corpus/manifest.yaml), each text and its gold
 * claims file, and the sentences that hold numbers but no relation.
 */
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { parse } from "yaml";

/**
 * @typedef {{ id: string, gold: string, origin: "real-figures" | "constructed", source: string, licence: string, correct: boolean, fails?: string[], note?: string }} ManifestText
 * @typedef {{ texts: ManifestText[], nonRelations: string }} Manifest
 */

/**
 * The manifest as written.
 * @param {string} manifestPath
 * @returns {Manifest}
 */
function readManifest(manifestPath) {
  return parse(readFileSync(manifestPath, "utf8"));
}

/**
 * The sentences of the non-relation file: one a line; blank lines and lines starting with `#`
 * are skipped.
 * @param {string} content
 * @returns {string[]}
 */
function sentencesOf(content) {
  return content.split("\n").map((l) => l.trim()).filter((l) => l !== "" && !l.startsWith("#"));
}

/**
 * The corpus the scorer reads: each text with its gold, publication date and standing.
 * @param {string} manifestPath
 * @returns {import("./score.mjs").Corpus & { manifest: Manifest, dir: string }}
 */
export function loadCorpus(manifestPath) {
  const dir = dirname(manifestPath);
  const manifest = readManifest(manifestPath);
  const texts = manifest.texts.map((m) => {
    const gold = parse(readFileSync(join(dir, m.gold), "utf8"));
    const textFile = gold?.document?.textFile;
    if (typeof textFile !== "string") throw new Error(`${m.gold}: document.textFile is missing`);
    const text = readFileSync(join(dirname(join(dir, m.gold)), textFile), "utf8");
    const published = gold.document.published;
    return {
      id: m.id,
      text,
      gold,
      ...(published !== undefined ? { published: String(published) } : {}),
      correct: m.correct,
      origin: m.origin,
      ...(m.fails ? { fails: m.fails } : {}),
    };
  });
  const sentences = sentencesOf(readFileSync(join(dir, manifest.nonRelations), "utf8"));
  return { texts, sentences, manifest, dir };
}
