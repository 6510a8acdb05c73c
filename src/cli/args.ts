/**
 * Command lines parsed from the one table (src/cli/definitions.ts) with node:util's parseArgs:
 * an unknown command, option, option value or rule id is a usage error with a did-you-mean.
 */
import { parseArgs } from "node:util";
import { didYouMean } from "../base/suggest.js";
import type { Choices, CommandDef, OptionDef } from "./definitions.js";

/** A mistake in the command line: exit 2, the message and a pointer to `--help`. */
export class UsageError extends Error {
  constructor(
    message: string,
    /** The command whose `--help` to point to. */
    readonly command?: string,
  ) {
    super(message);
  }
}

/** What a command line holds: option values by long name, and the positionals. */
export interface Parsed {
  readonly values: Readonly<Record<string, string | boolean | string[] | undefined>>;
  readonly positionals: readonly string[];
}

/** Parses a command's arguments; throws `UsageError`. */
export function parseCommand(command: CommandDef, args: readonly string[], choices: Choices): Parsed {
  const byName = new Map(command.options.map((o) => [o.name, o]));
  const names = [...command.options.flatMap((o) => [`--${o.name}`, ...(o.negatable ? [`--no-${o.name}`] : []), ...(o.short ? [`-${o.short}`] : [])])];
  const options: Record<string, { type: "boolean" | "string"; short?: string; multiple?: boolean }> = {};
  for (const o of command.options) options[o.name] = { type: o.type, ...(o.short ? { short: o.short } : {}), ...(o.multiple ? { multiple: true } : {}) };
  // A first pass that accepts anything, to name an unknown option in our words.
  const loose = parseArgs({ args: [...args], options, strict: false, allowPositionals: true, tokens: true });
  for (const t of loose.tokens ?? []) {
    if (t.kind !== "option") continue;
    const negated = t.rawName.startsWith("--no-") ? byName.get(t.rawName.slice(5)) : undefined;
    const known = byName.get(t.name) ?? (negated?.negatable ? negated : undefined);
    if (!known) throw new UsageError(`unknown option '${t.rawName}' for ${command.name}${didYouMean(t.rawName, names)}`, command.name);
  }
  let parsed;
  try {
    parsed = parseArgs({ args: [...args], options, allowPositionals: true, strict: true, allowNegative: true });
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    // "Option '-f, --format <value>' argument missing" and the like.
    const m = /Option '(?:-\w, )?--([\w-]+)/.exec(message);
    const o = m ? byName.get(m[1]!) : undefined;
    if (o && o.type === "string") throw new UsageError(`--${o.name} needs a value${o.value ? ` (${o.value})` : ""}`, command.name);
    if (o && o.type === "boolean") throw new UsageError(`--${o.name} takes no value`, command.name);
    throw new UsageError(message.replace(/\. To specify.*$/s, ""), command.name);
  }
  const values: Record<string, string | boolean | string[] | undefined> = {};
  for (const [k, v] of Object.entries(parsed.values)) {
    const o = byName.get(k)!;
    if (o.multiple && Array.isArray(v)) values[k] = (v as string[]).flatMap((x) => x.split(",")).map((x) => x.trim()).filter((x) => x !== "");
    else if (o.type === "string" && !o.multiple && Array.isArray(v)) values[k] = v[v.length - 1];
    else values[k] = v as string | boolean;
    if (o.choices && typeof values[k] === "string") checkChoice(o, values[k], choices, command.name);
  }
  return { values, positionals: parsed.positionals };
}

function checkChoice(o: OptionDef, value: string, choices: Choices, command: string): void {
  const allowed = choices[o.choices!];
  if (!allowed.includes(value)) throw new UsageError(`--${o.name} must be one of ${allowed.join(", ")}; got '${value}'${didYouMean(value, allowed)}`, command);
}

/** Rule ids given to --disable that name no rule: a usage error with a did-you-mean. */
export function checkRuleIds(ids: readonly string[], known: readonly string[], command: string): void {
  for (const id of ids) if (!known.includes(id)) throw new UsageError(`--disable: unknown rule id '${id}'${didYouMean(id, known)} (\`claimcheck ${command} --help\` lists them)`, command);
}

/** An unknown command, with a did-you-mean. */
export function unknownCommand(name: string, commands: readonly string[]): UsageError {
  return new UsageError(`unknown command '${name}'${didYouMean(name, commands)}; the commands are ${commands.join(", ")}`);
}
