import type { Rule } from "./rule.js";

/**
 * The non-arithmetic rules that `check()` runs by default (text, time and series rules).
 * Each lives in its own file under src/rules/ and is listed here once.
 */
export const builtinRules: Rule[] = [];
