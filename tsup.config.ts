import { defineConfig } from "tsup";

export default defineConfig([
  {
    // The isomorphic core: no node: imports (checked by a test on the built file).
    entry: { index: "src/index.ts" },
    format: ["esm", "cjs"],
    dts: true,
    target: "node20",
    platform: "neutral",
    clean: false,
  },
  {
    entry: { node: "src/node/index.ts" },
    format: ["esm", "cjs"],
    dts: true,
    target: "node20",
    platform: "node",
    clean: false,
  },
  {
    entry: { cli: "src/cli/bin.ts" },
    format: ["esm"],
    target: "node20",
    platform: "node",
    banner: { js: "#!/usr/bin/env node" },
    clean: false,
  },
]);
