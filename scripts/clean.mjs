// Clean dist once before the build: tsup's per-config `clean` would delete the other configs' output.
import { rmSync } from "node:fs";
rmSync(new URL("../dist", import.meta.url), { recursive: true, force: true });
