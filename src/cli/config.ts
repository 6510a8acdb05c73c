/**
 * The config file: the nearest `claimcheck.config.json`, `claimcheck.config.yaml` (`.yml`) or
 * `package.json` with a `claimcheck` key, looked for from the current folder up. It holds the
 * settings of `check` (disable, severity, rounding, ruleOptions), checked by its own zod schema;
 * a mistake is an input error naming the file, the key path, the line and column, what was
 * expected and a did-you-mean.
 */
import { existsSync, readFileSync, statSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import * as z from "zod/mini";
import { ClaimcheckInputError, describeFound, excerpt, formatPath, type InputIssue } from "../base/input-issue.js";
import { SEVERITIES, type Severity } from "../base/severity.js";
import { didYouMean } from "../base/suggest.js";
import { ROUNDING_METHODS, validateOptions } from "../check/options.js";
import type { RoundingMethod } from "../numbers/quantity.js";
import { builtinRuleMetas } from "../rules/registry.js";
import { DEFAULT_MAX_FILE_SIZE, expectedFile, readRegularFile } from "../node/files.js";
import { readJson, readYaml, SourceIssues, type ParsedSource } from "../node/source.js";

/** The settings a config file holds. */
export interface CliConfig {
  readonly disable?: readonly string[];
  readonly severity?: Readonly<Record<string, Severity>>;
  readonly rounding?: RoundingMethod;
  readonly ruleOptions?: Readonly<Record<string, unknown>>;
}

/** The names a config file may have, in the order they are looked for in each folder. */
const CONFIG_NAMES = ["claimcheck.config.json", "claimcheck.config.yaml", "claimcheck.config.yml"];

const CONFIG_KEYS = ["$schema", "disable", "severity", "rounding", "ruleOptions"];

function configSchema() {
  const ids = builtinRuleMetas().map((r) => r.id) as [string, ...string[]];
  const ruleId = z.enum(ids);
  return z.strictObject({
    $schema: z.optional(z.string()),
    disable: z.optional(z.array(ruleId)),
    severity: z.optional(z.partialRecord(ruleId, z.enum(SEVERITIES as [Severity, ...Severity[]]))),
    rounding: z.optional(z.enum(ROUNDING_METHODS as [RoundingMethod, ...RoundingMethod[]])),
    ruleOptions: z.optional(z.partialRecord(ruleId, z.unknown())),
  });
}

/** The JSON Schema of the config file (`claimcheck schema --config`). */
export function configJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(configSchema(), { target: "draft-2020-12", io: "input" }) as Record<string, unknown>;
  return { ...schema, title: "claimcheck config file", description: "Settings of `claimcheck check`: claimcheck.config.json, claimcheck.config.yaml, or the `claimcheck` key of package.json." };
}

/** Whether a path is a regular file within the size limit. */
export function isSmallFile(path: string): boolean {
  try {
    const s = statSync(path);
    return s.isFile() && s.size <= DEFAULT_MAX_FILE_SIZE;
  } catch {
    return false;
  }
}

/** The nearest config file from `cwd` up, or undefined. */
export function findConfigFile(cwd: string): { file: string; packageKey: boolean } | undefined {
  let dir = resolve(cwd);
  for (;;) {
    for (const name of CONFIG_NAMES) if (existsSync(join(dir, name))) return { file: join(dir, name), packageKey: false };
    const pkg = join(dir, "package.json");
    // Only a regular file of a sane size is read (a FIFO named package.json would block).
    if (isSmallFile(pkg)) {
      try {
        const value = JSON.parse(readFileSync(pkg, "utf8")) as unknown;
        if (typeof value === "object" && value !== null && Object.hasOwn(value, "claimcheck")) return { file: pkg, packageKey: true };
      } catch {
        // A package.json that is not JSON holds no config.
      }
    }
    const up = dirname(dir);
    if (up === dir) return undefined;
    dir = up;
  }
}

/**
 * Reads and checks the config file `found` (from `findConfigFile`); `shown` is how the file is
 * named in errors. Throws `ClaimcheckInputError`.
 */
export async function loadConfig(found: { file: string; packageKey: boolean }, cwd: string): Promise<CliConfig> {
  const shown = relative(cwd, found.file) || found.file;
  const read = await readRegularFile(found.file, DEFAULT_MAX_FILE_SIZE, { follow: true });
  if (!read.ok) throw new ClaimcheckInputError([{ file: shown, path: "", expected: expectedFile(read.why, "config file", DEFAULT_MAX_FILE_SIZE), found: read.found }]);
  let parsed: ParsedSource;
  try {
    parsed = found.file.endsWith(".json") ? readJson(read.text, shown) : readYaml(read.text, shown);
  } catch (e) {
    if (e instanceof SourceIssues) throw new ClaimcheckInputError(e.issues);
    throw e;
  }
  const base: Array<string | number> = found.packageKey ? ["claimcheck"] : [];
  const value = found.packageKey ? (parsed.value as Record<string, unknown>).claimcheck : parsed.value;
  const issues: InputIssue[] = [];
  const add = (keys: ReadonlyArray<PropertyKey>, expected: string, foundWords: string) => {
    const full = [...base, ...keys.map((k) => (typeof k === "symbol" ? String(k) : k))];
    issues.push({ file: shown, path: formatPath(full), keys: full, expected, found: foundWords, ...(parsed.locate(full) ?? {}) });
  };
  if (value === null || value === undefined) return {};
  const result = configSchema().safeParse(value);
  if (!result.success) {
    for (const issue of result.error.issues) configIssue(issue, value, add);
    throw new ClaimcheckInputError(issues);
  }
  // The rules' own options are checked by the rules.
  if (result.data.ruleOptions) {
    for (const i of validateOptions({ ruleOptions: result.data.ruleOptions }, { keys: ["ruleOptions"], extraRules: [] })) {
      add((i.keys ?? []).slice(1), i.expected, i.found ?? "");
    }
    if (issues.length > 0) throw new ClaimcheckInputError(issues);
  }
  const { $schema: _schema, ...config } = result.data;
  return config as CliConfig;
}

function valueAt(input: unknown, path: readonly PropertyKey[]): unknown {
  let v = input;
  for (const k of path) v = typeof v === "object" && v !== null ? (v as Record<PropertyKey, unknown>)[k] : undefined;
  return v;
}

/** One zod issue of the config in our words. */
function configIssue(issue: z.core.$ZodIssue, input: unknown, add: (keys: ReadonlyArray<PropertyKey>, expected: string, found: string) => void): void {
  const at = valueAt(input, issue.path);
  const ids = builtinRuleMetas().map((r) => r.id);
  switch (issue.code) {
    case "unrecognized_keys":
      for (const key of issue.keys) {
        // Inside severity or ruleOptions, the keys are rule ids.
        if (issue.path.length > 0) add([...issue.path, key], `a rule id${didYouMean(key, ids)}`, `'${excerpt(key)}', which names no rule`);
        else add([key], `one of the keys ${CONFIG_KEYS.join(", ")}${didYouMean(key, CONFIG_KEYS)}`, `unknown key '${excerpt(key)}'`);
      }
      return;
    case "invalid_value": {
      const allowed = issue.values.map(String);
      const what = issue.path[0] === "rounding" ? "a rounding method" : issue.path[0] === "severity" ? "a severity" : "a rule id";
      add(issue.path, `${what}: one of ${allowed.join(", ")}${typeof at === "string" ? didYouMean(at, allowed) : ""}`, describeFound(at));
      return;
    }
    case "invalid_type":
      add(issue.path, issue.expected === "array" ? "a list of rule ids" : issue.expected === "object" ? "a mapping of rule ids" : issue.expected === "string" ? "a string" : `a value of type ${issue.expected}`, describeFound(at));
      return;
    default:
      add(issue.path, "a valid config value", describeFound(at));
  }
}
