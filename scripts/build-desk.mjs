#!/usr/bin/env node
/**
 * Builds the desk page into dist/desk/: index.html and desk.css (copied from src/desk/static),
 * desk.js (the page's script), core.js (the checker, as a global `claimcheckDesk`) and
 * worker.js (the Web Worker, which loads core.js). Classic scripts, not modules, so that the page
 * also works opened from a file. The example article the page opens with is the seed
 * (claims/seed/article.txt), written into desk.js. scripts/build.mjs runs this after tsup.
 */
import { build } from "esbuild";
import { copyFileSync, mkdirSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const out = join(root, "dist", "desk");
mkdirSync(out, { recursive: true });

const example = {
  name: "the seed article",
  text: readFileSync(join(root, "claims", "seed", "article.txt"), "utf8"),
  published: "2017-09-01",
};
const common = { bundle: true, minify: true, platform: "browser", target: "es2022", format: "iife", legalComments: "none", logLevel: "error", charset: "utf8" };

await Promise.all([
  build({ ...common, entryPoints: [join(root, "src/desk/page.ts")], outfile: join(out, "desk.js"), define: { CLAIMCHECK_DESK_EXAMPLE: JSON.stringify(example) } }),
  build({ ...common, entryPoints: [join(root, "src/desk/core.ts")], outfile: join(out, "core.js"), globalName: "claimcheckDesk" }),
  build({ ...common, entryPoints: [join(root, "src/desk/worker.ts")], outfile: join(out, "worker.js") }),
]);
for (const f of ["index.html", "desk.css"]) copyFileSync(join(root, "src/desk/static", f), join(out, f));
