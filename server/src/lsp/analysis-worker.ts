// The analysis thread (dist/analysis-worker.js). The language server's main thread answers the editor;
// this thread runs the engine, one job at a time, and keeps each open document's parse cache so that a
// keystroke re-parses only the chunk it touched. See off-thread.ts for the other side.
import { parentPort } from 'node:worker_threads';
import { createParseCache, type Analysis, type LintOptions, type ParseCache } from '../lint';
import { faultInjectingAnalyze, slowingAnalyze } from './fault-injection';
import type { WorkerReply, WorkerRequest } from './off-thread';

const analyze = slowingAnalyze(faultInjectingAnalyze(process.env.RSPLINT_FAULT_MARKER), process.env.RSPLINT_SLOW_MARKER);
const caches = new Map<string, ParseCache>();

parentPort?.on('message', (request: WorkerRequest) => {
  if (request.type === 'forget') {
    caches.delete(request.uri);
    return;
  }
  let cache = request.uri === undefined ? undefined : caches.get(request.uri);
  if (!cache) {
    cache = createParseCache();
    if (request.uri !== undefined) caches.set(request.uri, cache);
  }
  let reply: WorkerReply;
  try {
    const analysis: Analysis = analyze(request.text, { ...(request.options as LintOptions), cache });
    reply = { id: request.id, analysis };
  } catch (error) {
    reply = { id: request.id, error: error instanceof Error ? error.message : String(error), stack: error instanceof Error ? error.stack : undefined };
  }
  parentPort!.postMessage(reply);
});
