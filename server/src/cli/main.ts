// Entry point of `rsplint` (bundled to dist/cli.js, started by bin/rsplint.js).
import { MAX_FILE_BYTES } from '../node/read';
import { run } from './run';

/**
 * Standard input, read up to one byte past the size limit: endless input (`yes | rsplint -`) stops there and
 * is reported as too large (exit 2) instead of filling memory.
 */
async function readStdin(): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  let total = 0;
  for await (const chunk of process.stdin) {
    const buffer = typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer);
    chunks.push(buffer);
    total += buffer.length;
    if (total > MAX_FILE_BYTES) {
      process.stdin.destroy();
      break;
    }
  }
  return Buffer.concat(chunks);
}

// `rsplint … | head` closes the pipe early; that is the reader's choice, not an error to report.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw error;
});

run(process.argv.slice(2), {
  cwd: process.cwd(),
  env: process.env,
  stdoutIsTTY: process.stdout.isTTY === true,
  writeStdout: (text) => void process.stdout.write(text),
  writeStderr: (text) => void process.stderr.write(text),
  readStdin,
}).then(
  (code) => {
    // Setting exitCode (not calling exit) lets a piped stdout finish writing first.
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`rsplint: internal error (please report it): ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exitCode = 2;
  },
);
