// The VS Code extension: starts the bundled language server and forwards commands to it. No linting
// logic lives here; every command is implemented by the server so that all editors get it.
import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as vscode from 'vscode';
import { LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';

let client: LanguageClient | undefined;

/** Commands that act on a document: from the palette they get the active editor's document. */
const DOCUMENT_COMMANDS = new Set(['rsplint.insertDefinitionsBlock', 'rsplint.showThresholdSummary']);

export async function activate(context: vscode.ExtensionContext): Promise<LanguageClient> {
  const module = context.asAbsolutePath(join('dist', 'server.js'));
  const serverOptions: ServerOptions = {
    run: { module, transport: TransportKind.ipc },
    debug: { module, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6029'] } },
  };
  const documentSelector = ['markdown', 'plaintext'].flatMap((language) => [
    { scheme: 'file', language },
    { scheme: 'untitled', language },
  ]);
  const clientOptions: LanguageClientOptions = {
    documentSelector,
    synchronize: { fileEvents: vscode.workspace.createFileSystemWatcher('**/.rsplint.{json,jsonc,yaml,yml}') },
    // The watcher above covers the config files; the server need not register one of its own.
    initializationOptions: { watchesConfigFiles: true },
    middleware: {
      async executeCommand(command, args, next) {
        const editor = vscode.window.activeTextEditor;
        const withDocument = DOCUMENT_COMMANDS.has(command) && args.length === 0 && editor ? [editor.document.uri.toString()] : args;
        const result = await next(command, withDocument);
        if (command === 'rsplint.showThresholdSummary' && typeof result === 'string') {
          const summary = await vscode.workspace.openTextDocument({ language: 'markdown', content: result });
          await vscode.window.showTextDocument(summary, { preview: true, viewColumn: vscode.ViewColumn.Beside });
        }
        return result;
      },
    },
  };
  client = new LanguageClient('rsplint', 'rsplint', serverOptions, clientOptions);
  await client.start();

  // Test-only: writes every diagnostic VS Code holds as JSON to $RSPLINT_DUMP (end-to-end tests read it).
  context.subscriptions.push(
    vscode.commands.registerCommand('rsplint.dumpDiagnostics', (out?: string) => {
      const target = out ?? process.env.RSPLINT_DUMP ?? join(tmpdir(), 'rsplint-diagnostics.json');
      const all = vscode.languages
        .getDiagnostics()
        .map(([uri, diagnostics]) => ({
          uri: uri.toString(),
          diagnostics: diagnostics.map((d) => ({
            message: d.message,
            source: d.source,
            code: typeof d.code === 'object' ? d.code.value : d.code,
            severity: d.severity,
            range: [d.range.start.line, d.range.start.character, d.range.end.line, d.range.end.character],
          })),
        }))
        .filter((entry) => entry.diagnostics.length > 0);
      writeFileSync(target, JSON.stringify(all, null, 2));
      return all;
    }),
  );
  return client;
}

export function deactivate(): Thenable<void> | undefined {
  return client?.stop();
}
