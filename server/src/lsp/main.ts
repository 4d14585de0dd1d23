// Entry point of the language server (dist/server.js). The transport comes from argv: --stdio for
// Neovim, Helix and other editors, node IPC when the VS Code extension starts it.
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { startServer } from './server';
import { faultInjectingAnalyze } from './fault-injection';

startServer(createConnection(ProposedFeatures.all), { analyze: faultInjectingAnalyze(process.env.RSPLINT_FAULT_MARKER) });
