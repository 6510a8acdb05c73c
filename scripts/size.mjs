#!/usr/bin/env node
/**
 * The size budget of the core in a browser: bundles `check` and `scanText` from dist/index.js
 * as a web app would (esbuild: browser platform, ESM, minified, everything it imports included)
 * and measures the gzip size (level 9). Exits 1 over the budget. `--json` prints the figures
 * as JSON. Needs a built dist/ (npm test and npm run build make it).
 *
 * Sizes are in bytes; KB below means 1,000 bytes.
 */
import { build } from "esbuild";
import { existsSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";

/** The budget CI holds the bundle to, in gzip bytes. */
const BUDGET = 104_000;
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
if (gzip > BUDGET) {
  console.error(`size: the browser bundle of check + scanText is ${kb(gzip)} gzip, over its budget of ${kb(BUDGET)}`);
  process.exit(1);
}
