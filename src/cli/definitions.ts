/**
 * The one table of the CLI: its commands, their arguments and options. Parsing (src/cli/args.ts),
 * `--help` and the README's CLI reference are all made from it, so none can drift from another.
 * This module is light on purpose (no rule registry, no formats): the choices that come from the
 * core are filled in by the caller.
 */

/** One option of a command. */
export interface OptionDef {
  /** The long name, without `--`. */
  readonly name: string;
  /** A one-letter alias, without `-`. */
  readonly short?: string;
  /** A flag, or an option with a value. */
  readonly type: "boolean" | "string";
  /** The value's placeholder in help (`FILE`, `N`). */
  readonly value?: string;
  /** May be given more than once (values add up; a comma-separated list counts as several). */
  readonly multiple?: boolean;
  /** `--no-<name>` turns a flag off. */
  readonly negatable?: boolean;
  /** What it does, one sentence or two. */
  readonly description: string;
  /** The values it takes, when they are a closed list (a key of `Choices`). */
  readonly choices?: keyof Choices;
  /** The default, in words. */
  readonly default?: string;
}

/** One command. */
export interface CommandDef {
  readonly name: string;
  /** The arguments, as in a usage line: `[paths...]`. */
  readonly args: string;
  /** What the command does. */
  readonly summary: string;
  /** More about it: paragraphs for `--help` and the README. */
  readonly details: readonly string[];
  readonly options: readonly OptionDef[];
  /** Whether `--help` lists the rule ids (commands that take `--disable`). */
  readonly listsRules?: boolean;
}

/** The closed lists of values options take, filled in from the core by the caller. */
export interface Choices {
  readonly checkFormat: readonly string[];
  readonly scanFormat: readonly string[];
  readonly severity: readonly string[];
  readonly rounding: readonly string[];
}

const help: OptionDef = { name: "help", short: "h", type: "boolean", description: "Print this help and exit." };
const color: OptionDef = { name: "color", type: "boolean", negatable: true, description: "Colour on (--color) or off (--no-color); default: on for a terminal, off with NO_COLOR, FORCE_COLOR=0 or TERM=dumb, on with FORCE_COLOR=1." };
const maxFileSize: OptionDef = { name: "max-file-size", type: "string", value: "SIZE", description: "Refuse claims files and texts larger than this: bytes, or 500kB, 64MB, 1GB.", default: "32MB" };
const failOn: OptionDef = { name: "fail-on", type: "string", value: "SEVERITY", choices: "severity", description: "Exit 1 when a finding is at or above this severity.", default: "error" };
const maxWarnings: OptionDef = { name: "max-warnings", type: "string", value: "N", description: "Exit 1 when there are more than N warnings (as ESLint's --max-warnings)." };
const quiet: OptionDef = { name: "quiet", short: "q", type: "boolean", description: "Report errors only: warnings and infos are left out of the report and of --max-warnings (as ESLint's --quiet)." };
const outputFile: OptionDef = { name: "output-file", short: "o", type: "string", value: "FILE", description: "Write the report to FILE instead of standard output (no colour)." };
const published: OptionDef = { name: "published", type: "string", value: "YYYY-MM-DD", description: "The publication date of a raw text: the document's `published`, against which dates without a year are read." };
const disable: OptionDef = { name: "disable", type: "string", value: "RULE[,RULE]", multiple: true, description: "Turn rules off; repeat the flag or separate ids with commas. An unknown rule id is an error." };

/**
 * The commands, in the order help lists them.
 *
 * @example
 * ```ts
 * COMMANDS.map((c) => c.name); //=> ["check", "draft", "scan", "schema", "init", "serve", "desk"]
 * ```
 */
export const COMMANDS: readonly CommandDef[] = [
  {
    name: "check",
    args: "[paths or globs...] | -",
    summary: "Check claims files: can all their claims be true?",
    details: [
      "Paths are claims files, folders (searched recursively for claims.yaml and *.claims.yaml, .yml, .json; no symbolic link is followed) or globs ('claims/**/*.yaml', quoted so the shell leaves it alone). With no path: ./claims.yaml when there is one, else the current folder searched recursively. A file named twice is checked once.",
      "The path - reads one claims file from standard input; --stdin-filename names it (its extension gives the format, its folder is where textFile is looked for).",
      "Paths matched by .claimcheckignore (gitignore syntax, in the current folder) or by --ignore-pattern are skipped, except a file named outright.",
      "Claims modules (.js, .mjs, .cjs, .ts, .mts, .cts) are code: they are loaded only with --allow-code, and a folder search skips them without it. Node 20 cannot load TypeScript: compile it to .js, or run claimcheck under a TypeScript loader (node --import tsx).",
      "Settings come from the nearest claimcheck.config.json, claimcheck.config.yaml or package.json with a `claimcheck` key, looked for from the current folder up (disable, severity, rounding, ruleOptions; `claimcheck schema --config` prints its JSON Schema). Flags add to it.",
      "A raw text (a .txt or .md file, any file with --input text, or - with --stdin-filename x.txt) is checked with no claims file: every number becomes a claim, the relations its cues license are proposed (see `claimcheck draft`), checked, and the report ends with the coverage: how many numbers sit in a checked relation, how many in none, and why. Findings on proposed relations name their cue; suggested relations are checked apart and reported as info, never as errors.",
      "Exit codes: 0 nothing at or above --fail-on and no more warnings than --max-warnings; 1 otherwise (an inconsistent set always); 2 usage, unreadable or invalid input, or a crash.",
      'With --jsonl the path is an archive of raw texts (or - for standard input): one JSON object a line, {"id": …, "text": …, "published"?: "YYYY-MM-DD"}, read as it comes. Each text is checked on its own, on worker threads (--workers), and each line gives one JSON line on standard output, in input order: {"id", "line", "verdict", "findings", "derived", "culprits", "errors", "notes", "coverage"} as in the JSON report, or {"line", "id"?, "error": {"message", "path", "expected", "found"}} for a line that is not such an object; the run goes on. An empty line is skipped (line numbers still count it); a line longer than --max-file-size is an error line. A progress line goes to standard error when it is a terminal. Exit codes with --jsonl: 0 no text inconsistent, nothing at or above --fail-on and no more warnings than --max-warnings; 1 otherwise; 2 some line malformed (or a crash on it), usage, or an unreadable archive.',
    ],
    listsRules: true,
    options: [
      { name: "format", short: "f", type: "string", value: "FORMAT", choices: "checkFormat", description: "The report's format.", default: "pretty" },
      { name: "input", type: "string", value: "KIND", description: "What the paths (or standard input) hold: claims (claims files) or text (raw texts, checked with no claims file).", default: "text for .txt and .md files, claims otherwise" },
      published,
      { name: "jsonl", type: "boolean", description: "Check an archive of raw texts: the path (a file, or - for standard input) holds one JSON object a line, and each gives one JSON result a line on standard output, in input order (see above)." },
      { name: "workers", type: "string", value: "N", description: "With --jsonl: the worker threads that check the texts; 1 checks them in the CLI's own thread, starting none.", default: "the available parallelism (os.availableParallelism())" },
      failOn,
      maxWarnings,
      quiet,
      outputFile,
      { name: "rounding", type: "string", value: "METHOD", choices: "rounding", description: "How printed decimals were rounded.", default: "up_or_down" },
      disable,
      { name: "allow-code", type: "boolean", description: "Load claims modules (.js, .mjs, .cjs; .ts, .mts, .cts where Node can), which runs their code." },
      { name: "ignore-pattern", type: "string", value: "PATTERN", multiple: true, description: "Skip paths that match (gitignore syntax), besides those in .claimcheckignore." },
      { name: "stdin-filename", type: "string", value: "FILE", description: "The name of the claims file read from standard input (with -): its format, and the folder its textFile is in." },
      { name: "root", type: "string", value: "DIR", description: "The folder every textFile must lie in.", default: "the claims file's folder" },
      { ...maxFileSize, description: "Refuse claims files and texts larger than this (with --jsonl, lines of the archive): bytes, or 500kB, 64MB, 1GB." },
      color,
      { name: "author", type: "string", value: "NAME", description: "The fact-checker publishing the reviews (needed by --format claimreview)." },
      { name: "author-url", type: "string", value: "URL", description: "The fact-checker's URL (--format claimreview)." },
      { name: "date", type: "string", value: "YYYY-MM-DD", description: "The reviews' publication date (--format claimreview)." },
      { name: "review-url", type: "string", value: "URL", description: "Where the reviews are published (--format claimreview)." },
      help,
    ],
  },
  {
    name: "draft",
    args: "<text-file | ->",
    summary: "Propose the claims and relations of a raw text and write them as a claims file to confirm (YAML).",
    details: [
      "Every number of the text is a claim with its quote (and occurrence when the quote recurs); every relation a cue licenses is written with its cue as a comment above it, its window and its standing; suggested relations are commented out. `claimcheck draft article.txt > article.claims.yaml` writes it beside the text, which it names by textFile (relative to the output file's folder with -o, else to the current folder; --inline writes the text itself). Checking the draft gives the same findings as `claimcheck check article.txt`, except that suggested relations count only once uncommented.",
      "Exit codes: 0 the draft was written; 2 usage or unreadable input.",
    ],
    options: [published, { name: "inline", type: "boolean", description: "Write the text into the draft (`text:`) instead of naming its file." }, outputFile, maxFileSize, help],
  },
  {
    name: "scan",
    args: "<text-file | ->",
    summary: "The numbers of a raw text and the findings of the text-only rules (- reads standard input).",
    details: [
      "Settings (disable, severity, rounding, ruleOptions) come from the config file, as for check.",
      "Exit codes: 0 nothing at or above --fail-on and no more warnings than --max-warnings; 1 otherwise; 2 usage or unreadable input.",
    ],
    listsRules: true,
    options: [{ name: "format", short: "f", type: "string", value: "FORMAT", choices: "scanFormat", description: "The report's format.", default: "pretty" }, failOn, maxWarnings, quiet, outputFile, disable, maxFileSize, color, help],
  },
  {
    name: "schema",
    args: "",
    summary: "Print the JSON Schema of the claims file (or, with --config, of the config file).",
    details: [],
    options: [{ name: "config", type: "boolean", description: "The JSON Schema of claimcheck.config.json / .yaml instead." }, outputFile, help],
  },
  {
    name: "init",
    args: "[text-file]",
    summary: "Write a starter claims.yaml next to a text: its textFile, one claim anchored to a number of the text, commented examples.",
    details: ["It never overwrites: when the claims file is there already, it says so and exits 2. With no text file it writes claims.yaml with an inline text to replace."],
    options: [help],
  },
  {
    name: "serve",
    args: "",
    summary: "Run the HTTP API: POST /v1/check, /v1/scan and /v1/draft, GET /v1/schema, /openapi.json and /healthz.",
    details: [
      "The answers are the JSON reports of check and scan (--format json) and the draft, byte for byte; errors are RFC 9457 problem details (400 malformed, 401 no token, 413 too large, 415 wrong type, 422 invalid claims, 503 saturated or over budget). A request never makes the server read a file: a claims file that names a textFile is refused.",
      "The work runs in worker threads, each request within the engine's budget; a request that finds every worker busy and the queue full is answered 503 at once. One JSON log line per request (its id, method, path, status and time; never its text) goes to standard error.",
      "SIGTERM or SIGINT closes it gracefully: no new connection, the requests in flight answered, then exit 0.",
    ],
    options: [
      { name: "host", type: "string", value: "HOST", description: "The address to listen on (0.0.0.0 for every interface: put a token on it).", default: "127.0.0.1" },
      { name: "port", type: "string", value: "PORT", description: "The port to listen on (0 takes a free one).", default: "8787" },
      { name: "token", type: "string", value: "TOKEN", description: "A bearer token every request but GET /healthz must carry (Authorization: Bearer TOKEN); the environment variable CLAIMCHECK_TOKEN sets it too, out of sight of ps." },
      { name: "cors-origin", type: "string", value: "ORIGIN", multiple: true, description: "Allow cross-origin requests from this origin (repeat, or separate with commas).", default: "none (no CORS)" },
      { name: "max-body-size", type: "string", value: "SIZE", description: "Refuse request bodies larger than this (413): bytes, or 500kB, 2MB.", default: "1MB" },
      { name: "budget", type: "string", value: "MS", description: "The milliseconds of engine work a request may take (then 503).", default: "10000" },
      { name: "workers", type: "string", value: "N", description: "The worker threads that do the requests' work.", default: "the available parallelism (os.availableParallelism())" },
      { name: "max-queue", type: "string", value: "N", description: "The requests that may wait for a worker; one more is answered 503.", default: "8 a worker" },
      help,
    ],
  },
  {
    name: "desk",
    args: "",
    summary: "Serve the desk page on this machine: paste an article, see every number, every proposed relation and every problem.",
    details: [
      "The page (dist/desk/) runs the checker in the browser, in a Web Worker: nothing pasted into it is sent anywhere, and its content security policy forbids any request after load (connect-src 'none'). This command only serves its files, on 127.0.0.1, until SIGTERM or SIGINT.",
      "The page opens with the seed article; paste another over it. Switch relations off or confirm suggested ones, edit a claim from its number, then export the claims file (as `claimcheck draft --inline` writes it, with the edits) and check it with `claimcheck check`, or export the HTML report.",
    ],
    options: [
      { name: "host", type: "string", value: "HOST", description: "The address to listen on.", default: "127.0.0.1" },
      { name: "port", type: "string", value: "PORT", description: "The port to listen on (0 takes a free one).", default: "8788" },
      { name: "open", type: "boolean", description: "Open the page in the default browser once it is served." },
      { name: "path", type: "boolean", description: "Print the path of the page's index.html (to open it as a file) and exit, serving nothing." },
      help,
    ],
  },
];

/** The options every command line may start with. */
const GLOBAL_OPTIONS: readonly OptionDef[] = [
  { name: "help", short: "h", type: "boolean", description: "Print the commands and exit (`claimcheck COMMAND --help` for one command)." },
  { name: "version", short: "v", type: "boolean", description: "Print the version and exit." },
];

/** `-f, --format FORMAT` as help shows it. */
function flags(o: OptionDef): string {
  const long = o.negatable ? `--[no-]${o.name}` : `--${o.name}`;
  return `${o.short ? `-${o.short}, ` : "    "}${long}${o.value ? ` ${o.value}` : ""}`;
}

function describe(o: OptionDef, choices: Choices): string {
  return `${o.description}${o.choices ? ` One of: ${choices[o.choices].join(", ")}.` : ""}${o.default ? ` Default: ${o.default}.` : ""}`;
}

/** Wraps words to `width` columns, each line after the first indented by `indent`. */
function wrap(text: string, width: number, indent: number): string[] {
  const lines: string[] = [];
  let line = "";
  for (const word of text.split(" ")) {
    if (line !== "" && line.length + 1 + word.length > width - indent) {
      lines.push(line);
      line = word;
    } else line = line === "" ? word : `${line} ${word}`;
  }
  if (line !== "") lines.push(line);
  return lines;
}

function table(rows: ReadonlyArray<readonly [string, string]>): string {
  let longest = 0;
  for (const [a] of rows) longest = Math.max(longest, a.length);
  const left = Math.min(32, longest + 2);
  return rows
    .map(([a, b]) => {
      const body = wrap(b, 100, left + 2);
      const first = a.length + 2 > left ? [`  ${a}`, ...body.map((l) => " ".repeat(left + 2) + l)] : [`  ${a.padEnd(left)}${body[0] ?? ""}`, ...body.slice(1).map((l) => " ".repeat(left + 2) + l)];
      return first.join("\n");
    })
    .join("\n");
}

/** A rule as help lists it. */
export interface RuleLine {
  readonly id: string;
  readonly description: string;
}

/**
 * The help of one command, or (with no command) of the CLI.
 *
 * @example
 * ```ts
 * const choices = { checkFormat: ["pretty"], scanFormat: ["pretty"], severity: ["error"], rounding: ["exact"] };
 * commandHelp("init", choices, []).split("\n")[0]; //=> "Usage: claimcheck init [text-file] [options]"
 * ```
 */
export function commandHelp(name: string | undefined, choices: Choices, rules: readonly RuleLine[]): string {
  const c = COMMANDS.find((x) => x.name === name);
  if (!c) {
    return [
      "Usage: claimcheck <command> [options]",
      "",
      "Commands:",
      table(COMMANDS.map((x) => [`${x.name}${x.args ? ` ${x.args}` : ""}`, x.summary])),
      "",
      "Options:",
      table(GLOBAL_OPTIONS.map((o) => [flags(o), o.description])),
      "",
      "Run `claimcheck <command> --help` for a command's options.",
      "",
    ].join("\n");
  }
  const out = [`Usage: claimcheck ${c.name}${c.args ? ` ${c.args}` : ""} [options]`, "", wrap(c.summary, 100, 0).join("\n"), ""];
  for (const d of c.details) {
    for (const line of wrap(d, 100, 0)) out.push(line);
    out.push("");
  }
  out.push("Options:", table(c.options.map((o) => [flags(o), describe(o, choices)])), "");
  if (c.listsRules) out.push("Rule ids (for --disable, and severity and ruleOptions in the config file):", table(rules.map((r) => [r.id, r.description])), "");
  return out.join("\n");
}

/**
 * The README's CLI reference (Markdown), made from the same table as `--help`.
 *
 * @example
 * ```ts
 * const choices = { checkFormat: ["pretty"], scanFormat: ["pretty"], severity: ["error"], rounding: ["exact"] };
 * cliReference(choices, []).startsWith("#### `claimcheck check"); //=> true
 * ```
 */
export function cliReference(choices: Choices, rules: readonly RuleLine[]): string {
  const out: string[] = [];
  for (const c of COMMANDS) {
    out.push(`#### \`claimcheck ${c.name}${c.args ? ` ${c.args}` : ""}\``, "", c.summary, "");
    // Markdown would read the stars of globs as emphasis.
    for (const d of c.details) out.push(d.replace(/\*/g, "\\*"), "");
    out.push("| option | what it does |", "|---|---|");
    for (const o of c.options) out.push(`| \`${flags(o).trim()}\` | ${describe(o, choices).replace(/\|/g, "\\|")} |`);
    out.push("");
  }
  out.push("Rule ids (for `--disable`, and `severity` and `ruleOptions` in the config file):", "");
  out.push("| rule id | what it checks |", "|---|---|");
  for (const r of rules) out.push(`| \`${r.id}\` | ${r.description.replace(/\|/g, "\\|")} |`);
  return out.join("\n") + "\n";
}
