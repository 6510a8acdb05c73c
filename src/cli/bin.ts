/**
 * The bin: `run` with the process's streams. A reader that goes away (`claimcheck … | head -1`)
 * ends the output quietly: the rest of the report is dropped and the exit code is the usual one.
 * `--version` is answered from package.json alone: the rest of the CLI (the whole core) is
 * imported only for the other commands.
 */
import { version } from "./version.js";

/** Set once a stream's reader has gone (EPIPE) or the stream failed: nothing more is written to it. */
const closed = { stdout: false, stderr: false };
process.stdout.on("error", () => {
  closed.stdout = true;
});
process.stderr.on("error", () => {
  closed.stderr = true;
});

/** Resolves when stdout has room again, or can take nothing more. */
function drain(): Promise<void> {
  if (closed.stdout || !process.stdout.writableNeedDrain) return Promise.resolve();
  return new Promise((resolve) => {
    const done = () => {
      process.stdout.off("drain", done);
      process.stdout.off("close", done);
      process.stdout.off("error", done);
      resolve();
    };
    process.stdout.on("drain", done);
    process.stdout.on("close", done);
    process.stdout.on("error", done);
  });
}

async function readStdin(maxBytes: number): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  let total = 0;
  for await (const c of process.stdin) {
    chunks.push(c as Buffer);
    total += (c as Buffer).length;
    if (total > maxBytes) break;
  }
  return Buffer.concat(chunks);
}

const argv = process.argv.slice(2);
if (argv.length === 1 && (argv[0] === "--version" || argv[0] === "-v")) process.stdout.write(`${version()}\n`);
else void main();

async function main(): Promise<void> {
  try {
    const { run } = await import("./run.js");
    process.exitCode = await run(argv, {
      stdout: (s) => {
        if (!closed.stdout) process.stdout.write(s);
      },
      stderr: (s) => {
        if (!closed.stderr) process.stderr.write(s);
      },
      drain,
      stdoutClosed: () => closed.stdout,
      env: process.env,
      isTTY: process.stdout.isTTY === true,
      stderrIsTTY: process.stderr.isTTY === true,
      readStdin,
      stdinStream: () => process.stdin,
    });
  } catch {
    process.exitCode = 2;
  }
}
