/**
 * `claimcheck/vitest`: importing this module (or listing it in vitest's `setupFiles`) registers
 * the matchers `toBeConsistent()` and `toHaveFinding(ruleId, partial?)` and adds their types to
 * vitest's `expect`. ESM only and Node only (a claims file path is read from disk).
 *
 * @example
 * ```ts
 * // vitest.config.ts (the reference line gives TypeScript the matchers' types)
 * /// <reference types="claimcheck/vitest" />
 * export default defineConfig({ test: { setupFiles: ["claimcheck/vitest"] } });
 *
 * // claims.test.ts
 * test("the seed article is consistent", async () => {
 *   await expect("claims/seed/claims.yaml").toBeConsistent();
 * });
 * ```
 *
 * @module claimcheck/vitest
 */
import { expect } from "vitest";
import { matchers, type ClaimcheckMatchers } from "./matchers.js";

expect.extend(matchers);

export { matchers, type ClaimcheckMatchers, type ConsistencyOptions, type FindingPattern, type MatcherOutcome } from "./matchers.js";

declare module "vitest" {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- vitest declares Matchers<T = any>
  interface Matchers<T = any> extends ClaimcheckMatchers<T> {}
}
