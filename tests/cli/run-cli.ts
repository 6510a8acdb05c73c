/**
 * The CLI run in-process, as the tests of the CLI call it: `run(argv, io)` with an io that
 * collects standard output and standard error, no colour unless `isTTY` or `env` asks for it.
 */
import { run, type CliIO } from "../../src/cli/run.js";

/** What one run of the CLI gave. */
export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs the CLI with `argv`; `io` may set the environment, a terminal, the folder and stdin. */
export async function cli(argv: string[], io: Partial<Pick<CliIO, "env" | "isTTY" | "cwd" | "readStdin" | "stdinStream" | "stderrIsTTY" | "signal">> = {}): Promise<CliRun> {
  let stdout = "";
  let stderr = "";
  const code = await run(argv, {
    stdout: (s) => (stdout += s),
    stderr: (s) => (stderr += s),
    env: io.env ?? {},
    isTTY: io.isTTY ?? false,
    ...(io.cwd !== undefined ? { cwd: io.cwd } : {}),
    ...(io.readStdin ? { readStdin: io.readStdin } : {}),
    ...(io.stdinStream ? { stdinStream: io.stdinStream } : {}),
    ...(io.stderrIsTTY !== undefined ? { stderrIsTTY: io.stderrIsTTY } : {}),
    ...(io.signal ? { signal: io.signal } : {}),
  });
  return { code, stdout, stderr };
}
