import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["tests/**/*.test.ts"],
    setupFiles: ["tests/setup.ts"],
    testTimeout: 30_000,
    // `vitest run --typecheck` (npm test) also type-checks these: the matcher types of
    // claimcheck/vitest and other public types.
    // Errors in src are tsc --noEmit's to report (npm test runs it first), not repeated here.
    typecheck: { include: ["tests/**/*.test-d.ts"], tsconfig: "tsconfig.json", ignoreSourceErrors: true },
  },
});
