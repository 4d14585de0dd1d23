// Runs engine code in a worker thread with a hard deadline. A hang or a super-linear blowup then
// fails one test after a few seconds instead of blocking the whole suite (synchronous code cannot be
// interrupted by a test timeout; worker.terminate() can stop it).
import { buildSync } from 'esbuild';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { Analysis, LintOptions } from '../../server/src/lint';

export const ROOT = resolve(__dirname, '..', '..');

let bundleDir: string | undefined;
let engineUrl: string | undefined;

/** The engine with its rules (server/src/lint.ts, the composition root) bundled to one ESM file a worker can import. */
export function engineBundleUrl(): string {
  if (engineUrl) return engineUrl;
  bundleDir = mkdtempSync(join(tmpdir(), 'rsplint-robustness-'));
  const outfile = join(bundleDir, 'engine.mjs');
  buildSync({
    entryPoints: [join(ROOT, 'server/src/lint.ts')],
    outfile,
    bundle: true,
    format: 'esm',
    platform: 'neutral',
    mainFields: ['module', 'main'],
    logLevel: 'error',
  });
  engineUrl = pathToFileURL(outfile).href;
  return engineUrl;
}

export function removeEngineBundle(): void {
  if (bundleDir) rmSync(bundleDir, { recursive: true, force: true });
  bundleDir = undefined;
  engineUrl = undefined;
}

export type WorkerOutcome<T> = { kind: 'done'; value: T } | { kind: 'error'; error: string } | { kind: 'timeout'; afterMs: number };

/**
 * Starts a worker from `source` (CommonJS, `workerData` and `parentPort` in scope through require),
 * posts `input` once it says {ready:true}, and resolves with its first answer or a timeout.
 */
export function runInWorker<T>(source: string, workerData: unknown, input: unknown, timeoutMs: number): Promise<WorkerOutcome<T>> {
  return new Promise((resolvePromise) => {
    const worker = new Worker(source, {
      eval: true,
      workerData,
      // About the main thread's stack (V8's default is ~1 MB), so a recursion that overflows in the CLI
      // or the server overflows here too.
      resourceLimits: { stackSizeMb: 1, maxOldGenerationSizeMb: 2048 },
    });
    const started = Date.now();
    let settled = false;
    const finish = (outcome: WorkerOutcome<T>) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      void worker.terminate();
      resolvePromise(outcome);
    };
    const timer = setTimeout(() => finish({ kind: 'timeout', afterMs: Date.now() - started }), timeoutMs);
    worker.on('message', (message: { ready?: boolean; ok?: boolean; value?: T; error?: string }) => {
      if (message.ready) worker.postMessage(input);
      else if (message.ok) finish({ kind: 'done', value: message.value as T });
      else finish({ kind: 'error', error: message.error ?? 'unknown error' });
    });
    worker.on('error', (error) => finish({ kind: 'error', error: error.stack ?? error.message }));
    worker.on('exit', (code) => finish({ kind: 'error', error: `worker exited with code ${code}` }));
  });
}

const ANALYZE_WORKER = `
const { parentPort, workerData } = require('node:worker_threads');
import(workerData.engineUrl).then(({ analyze }) => {
  parentPort.on('message', ({ text, options }) => {
    const t0 = performance.now();
    try {
      const analysis = analyze(text, options);
      parentPort.postMessage({ ok: true, value: { ms: performance.now() - t0, analysis } });
    } catch (error) {
      parentPort.postMessage({ ok: false, error: 'analyze threw after ' + Math.round(performance.now() - t0) + ' ms: ' + (error && error.stack || String(error)) });
    }
  });
  parentPort.postMessage({ ready: true });
}, (error) => parentPort.postMessage({ ok: false, error: 'cannot load the engine: ' + String(error) }));
`;

/** analyze() in a fresh worker; `ms` is the time of the analyze() call alone. */
export function analyzeIsolated(text: string, options: LintOptions, timeoutMs: number): Promise<WorkerOutcome<{ ms: number; analysis: Analysis }>> {
  return runInWorker(ANALYZE_WORKER, { engineUrl: engineBundleUrl() }, { text, options }, timeoutMs);
}
