// Entry point of the language server (dist/server.js). The transport comes from argv: --stdio for
// Neovim, Helix and other editors, node IPC (--node-ipc) when the VS Code extension starts it.
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { faultInjectingAnalyze } from './fault-injection';
import { startServer } from './server';

if (!process.argv.some((a) => /^--(stdio|node-ipc|socket=|pipe=)/.test(a))) {
  process.stderr.write('rsplint-language-server: choose a transport: --stdio (most editors), --node-ipc, --socket=<port> or --pipe=<name>\n');
  process.exit(2);
}
startServer(createConnection(ProposedFeatures.all), { analyze: faultInjectingAnalyze(process.env.RSPLINT_FAULT_MARKER) });
