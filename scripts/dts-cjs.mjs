// Writes the `.d.cts` twin of each declaration file tsup emitted for the ESM build (except the
// ESM-only vitest entry), with relative imports pointing at `.cjs`. tsup would emit the same
// files from a second declaration build, which doubles the build's time (the declarations of
// both formats are the same text).
import { readdirSync, readFileSync, writeFileSync } from "node:fs";

const dist = new URL("../dist/", import.meta.url);
const esmOnly = new Set(["vitest.d.ts"]);
let written = 0;
for (const file of readdirSync(dist)) {
  if (!file.endsWith(".d.ts") || esmOnly.has(file)) continue;
  const text = readFileSync(new URL(file, dist), "utf8");
  const cjs = text.replace(/(["']\.\.?\/[^"']+)\.js(["'])/g, "$1.cjs$2");
  writeFileSync(new URL(file.replace(/\.d\.ts$/, ".d.cts"), dist), cjs);
  written++;
}
if (written === 0) {
  console.error("dts-cjs: no .d.ts files in dist/ (did tsup build the declarations?)");
  process.exit(1);
}
