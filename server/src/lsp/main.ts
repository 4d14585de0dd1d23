// Entry point of the language server (dist/server.js). The transport comes from argv: --stdio for
// Neovim, Helix and other editors, node IPC (--node-ipc) when the VS Code extension starts it.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { createConnection, ProposedFeatures, StreamMessageReader, StreamMessageWriter } from 'vscode-languageserver/node';
import { faultInjectingAnalyze, slowingAnalyze } from './fault-injection';
import type { AnalyzeFn } from './linter';
import { OffThreadAnalyzer } from './off-thread';
import { startServer, type ServerOptions } from './server';

if (!process.argv.some((a) => /^--(stdio|node-ipc|socket=|pipe=)/.test(a))) {
  process.stderr.write('rsplint-language-server: choose a transport: --stdio (most editors), --node-ipc, --socket=<port> or --pipe=<name>\n');
  process.exit(2);
}
/** How long one analysis may run before it is stopped (RSPLINT_ANALYSIS_BUDGET_MS overrides it, for tests). */
const BUDGET_MS = Number(process.env.RSPLINT_ANALYSIS_BUDGET_MS) > 0 ? Number(process.env.RSPLINT_ANALYSIS_BUDGET_MS) : 8000;

// The engine runs on the analysis thread (dist/analysis-worker.js, built next to this bundle). Without it
// (the sources run directly) it runs in this thread, as in the in-process tests.
function engine(): Pick<ServerOptions, 'analyze' | 'forgetDocument' | 'dispose'> {
  const script = join(__dirname, 'analysis-worker.js');
  if (!existsSync(script)) return { analyze: slowingAnalyze(faultInjectingAnalyze(process.env.RSPLINT_FAULT_MARKER), process.env.RSPLINT_SLOW_MARKER) };
  const offThread = new OffThreadAnalyzer({ script, budgetMs: BUDGET_MS, log: (m) => process.stderr.write(`rsplint-language-server: ${m}\n`) });
  const analyze: AnalyzeFn = (text, options, uri) => offThread.analyze(uri, text, options);
  return { analyze, forgetDocument: (uri) => offThread.forget(uri), dispose: () => offThread.dispose() };
}
const options = engine();
if (process.argv.includes('--stdio')) {
  // Over stdio a message whose Content-Length does not match its body leaves the stream out of step: every
  // later header would be read from the middle of a body and the server would never answer again. There is
  // no reliable way back into step, so the server says why on stderr and exits; the editor restarts it.
  const reader = new StreamMessageReader(process.stdin);
  reader.onError((error) => {
    process.stderr.write(`rsplint-language-server: unreadable message on stdin (${error.message}); exiting so the editor can restart the server\n`);
    process.exit(1);
  });
  startServer(createConnection(ProposedFeatures.all, reader, new StreamMessageWriter(process.stdout)), options);
} else {
  startServer(createConnection(ProposedFeatures.all), options);
}
