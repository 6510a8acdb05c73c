#!/usr/bin/env node
/**
 * The size budget of the core in a browser: bundles `check` and `scanText` from dist/index.js
 * as a web app would (esbuild: browser platform, ESM, minified, everything it imports included)
 * and measures the gzip size (level 9). Exits 1 over the budget. `--json` prints the figures
 * as JSON. Needs a built dist/ (npm test and npm run build make it).
 *
 * `--parts [file|folder]` also lists what each part adds to the gzip size: the same entry bundled
 * from src/ with a source map, each output byte attributed to its source, and each part's share
 * measured as the gzip size of the bundle minus that of the bundle without the part's bytes
 * (by folder of src/ and by package unless `file` is given).
 *
 * Sizes are in bytes; KB below means 1,000 bytes.
 */
import { build } from "esbuild";
import { existsSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";

/** The budget CI holds the bundle to, in gzip bytes. */
const BUDGET = 108_000;
/** Where the budget is meant to go (see README, "The package"). */
const TARGET = 60_000;

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
if (!existsSync(join(root, "dist", "index.js"))) {
  console.error("size: dist/index.js is missing: run `npm run build` first");
  process.exit(2);
}

const result = await build({
  stdin: { contents: 'export { check, scanText } from "./dist/index.js";', resolveDir: root, loader: "js", sourcefile: "entry.js" },
  bundle: true,
  minify: true,
  format: "esm",
  platform: "browser",
  target: "es2022",
  write: false,
  metafile: true,
  logLevel: "error",
});
const code = result.outputFiles[0].contents;
const gzip = gzipSync(code, { level: 9 }).length;

// Minified bytes by package (the core's own code under "claimcheck").
const byPackage = {};
for (const [path, input] of Object.entries(Object.values(result.metafile.outputs)[0].inputs)) {
  const parts = path.split("node_modules/");
  const rest = parts.length > 1 ? parts[parts.length - 1].split("/") : ["claimcheck"];
  const name = rest[0].startsWith("@") ? `${rest[0]}/${rest[1]}` : rest[0];
  byPackage[name] = (byPackage[name] ?? 0) + input.bytesInOutput;
}

const figures = { entry: "check + scanText", minified: code.length, gzip, budget: BUDGET, target: TARGET, byPackage };
const kb = (n) => `${(n / 1000).toFixed(1)} KB`;
if (process.argv.includes("--json")) console.log(JSON.stringify(figures, null, 2));
else {
  const packages = Object.entries(byPackage)
    .sort((a, b) => b[1] - a[1])
    .map(([name, n]) => `${name} ${kb(n)}`)
    .join(", ");
  console.log(`check + scanText in a browser bundle: ${kb(code.length)} minified, ${kb(gzip)} gzip (budget ${kb(BUDGET)}, target ${kb(TARGET)})`);
  console.log(`  minified, by package: ${packages}`);
}
const partsAt = process.argv.indexOf("--parts");
if (partsAt >= 0) {
  const byFile = process.argv[partsAt + 1] === "file";
  for (const [part, bytes] of await parts(byFile)) console.log(`  ${part.padEnd(32)} ${kb(bytes)} gzip`);
}

/** What each part of the core adds to the gzip size, largest first. */
async function parts(byFile) {
  const r = await build({
    stdin: { contents: 'export { check, scanText } from "./src/index.ts";', resolveDir: root, loader: "ts", sourcefile: "entry.ts" },
    bundle: true,
    minify: true,
    format: "esm",
    platform: "browser",
    target: "es2022",
    write: false,
    sourcemap: "external",
    outfile: "size.js",
    logLevel: "error",
  });
  const js = r.outputFiles.find((f) => f.path.endsWith(".js")).text;
  const map = JSON.parse(r.outputFiles.find((f) => f.path.endsWith(".map")).text);
  const name = (source) => {
    const m = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(source);
    if (m) return m[1];
    const path = source.slice(source.indexOf("src/"));
    return byFile ? path : path.split("/").slice(0, 2).join("/");
  };
  // Each output character's source, from the source map's segments (base64 VLQ).
  const owner = new Int32Array(js.length).fill(-1);
  const lineStart = [0];
  for (let i = 0; i < js.length; i++) if (js[i] === "\n") lineStart.push(i + 1);
  const B64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
  let source = 0;
  let prev;
  map.mappings.split(";").forEach((line, li) => {
    let col = 0;
    for (const seg of line.split(",")) {
      if (seg === "") continue;
      const fields = [];
      let v = 0;
      let shift = 0;
      for (const c of seg) {
        const d = B64.indexOf(c);
        v += (d & 31) << shift;
        if (d & 32) shift += 5;
        else {
          fields.push(v & 1 ? -(v >> 1) : v >> 1);
          v = shift = 0;
        }
      }
      col += fields[0];
      if (fields.length > 1) source += fields[1];
      const at = lineStart[li] + col;
      if (prev) owner.fill(prev.source, prev.at, at);
      prev = { at, source };
    }
  });
  if (prev) owner.fill(prev.source, prev.at, js.length);
  const names = map.sources.map(name);
  const total = gzipSync(js, { level: 9 }).length;
  const out = [];
  for (const part of new Set(names)) {
    let rest = "";
    for (let i = 0; i < js.length; i++) if (owner[i] < 0 || names[owner[i]] !== part) rest += js[i];
    out.push([part, total - gzipSync(rest, { level: 9 }).length]);
  }
  return out.sort((a, b) => b[1] - a[1]);
}

if (gzip > BUDGET) {
  console.error(`size: the browser bundle of check + scanText is ${kb(gzip)} gzip, over its budget of ${kb(BUDGET)}`);
  process.exit(1);
}
