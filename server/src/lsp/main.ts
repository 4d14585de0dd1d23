// Entry point of the language server (dist/server.js). The transport comes from argv: --stdio for
// Neovim, Helix and other editors, node IPC (--node-ipc) when the VS Code extension starts it.
import { createConnection, ProposedFeatures, StreamMessageReader, StreamMessageWriter } from 'vscode-languageserver/node';
import { faultInjectingAnalyze } from './fault-injection';
import { startServer } from './server';

if (!process.argv.some((a) => /^--(stdio|node-ipc|socket=|pipe=)/.test(a))) {
  process.stderr.write('rsplint-language-server: choose a transport: --stdio (most editors), --node-ipc, --socket=<port> or --pipe=<name>\n');
  process.exit(2);
}
const analyze = faultInjectingAnalyze(process.env.RSPLINT_FAULT_MARKER);
if (process.argv.includes('--stdio')) {
  // Over stdio a message whose Content-Length does not match its body leaves the stream out of step: every
  // later header would be read from the middle of a body and the server would never answer again. There is
  // no reliable way back into step, so the server says why on stderr and exits; the editor restarts it.
  const reader = new StreamMessageReader(process.stdin);
  reader.onError((error) => {
    process.stderr.write(`rsplint-language-server: unreadable message on stdin (${error.message}); exiting so the editor can restart the server\n`);
    process.exit(1);
  });
  startServer(createConnection(ProposedFeatures.all, reader, new StreamMessageWriter(process.stdout)), { analyze });
} else {
  startServer(createConnection(ProposedFeatures.all), { analyze });
}
