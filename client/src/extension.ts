// The VS Code extension: starts the bundled language server and forwards commands to it. No linting
// logic lives here; every command is implemented by the server so that all editors get it. The one thing
// done here is VS Code-specific: quick-fix placeholders become snippet tab stops.
import { existsSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as vscode from 'vscode';
import { LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';
import { placeholdersToSnippet } from './snippets';

let client: LanguageClient | undefined;

/** Commands that act on a document: from the palette they get the active editor's document. */
const DOCUMENT_COMMANDS = new Set(['rsplint.insertDefinitionsBlock', 'rsplint.showThresholdSummary']);

/**
 * The summary is shown as a read-only virtual document: an untitled Markdown editor would be linted
 * (and flagged) like a draft, and would ask to be saved on close.
 */
const SUMMARY_SCHEME = 'rsplint-summary';
const summaries = new Map<string, string>();
const summaryChanged = new vscode.EventEmitter<vscode.Uri>();

async function showSummary(markdown: string): Promise<void> {
  const uri = vscode.Uri.from({ scheme: SUMMARY_SCHEME, path: '/Threshold summary.md' });
  summaries.set(uri.toString(), markdown);
  summaryChanged.fire(uri);
  try {
    await vscode.commands.executeCommand('markdown.showPreviewToSide', uri);
  } catch {
    await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri), { preview: true, viewColumn: vscode.ViewColumn.Beside });
  }
}

/**
 * A quick fix that inserts ⟨placeholders⟩ into this document becomes a snippet edit: VS Code selects the
 * first placeholder and Tab walks to the next (issue 11 §2). Where snippet edits are not available
 * (VS Code before 1.86) the action is left as the server sent it, with its select-the-placeholder command.
 */
function withTabStops(action: vscode.CodeAction, uri: vscode.Uri): vscode.CodeAction {
  const Snippet = (vscode as { SnippetTextEdit?: typeof vscode.SnippetTextEdit }).SnippetTextEdit;
  if (!Snippet || !action.edit) return action;
  const entries = action.edit.entries();
  if (entries.length !== 1 || entries[0]![0].toString() !== uri.toString()) return action;
  const edits = entries[0]![1];
  let converted = false;
  const mixed = edits.map((e) => {
    const snippet = placeholdersToSnippet(e.newText);
    if (snippet === undefined) return e;
    converted = true;
    return new Snippet(e.range, new vscode.SnippetString(snippet));
  });
  if (!converted) return action;
  const edit = new vscode.WorkspaceEdit();
  edit.set(uri, mixed);
  action.edit = edit;
  if (action.command?.command === 'rsplint.selectPlaceholder') action.command = undefined;
  return action;
}

/** The bundled page of a rule, if it has one. */
function ruleDocsPage(context: vscode.ExtensionContext, ruleId: string): vscode.Uri | undefined {
  if (!/^[a-z][a-z0-9-]{1,60}$/.test(ruleId)) return undefined;
  const page = vscode.Uri.joinPath(context.extensionUri, 'docs', 'rules', `${ruleId}.md`);
  return existsSync(page.fsPath) ? page : undefined;
}

async function showRendered(uri: vscode.Uri): Promise<void> {
  try {
    await vscode.commands.executeCommand('markdown.showPreview', uri);
  } catch {
    await vscode.window.showTextDocument(uri, { preview: true });
  }
}

export async function activate(context: vscode.ExtensionContext): Promise<LanguageClient> {
  context.subscriptions.push(
    vscode.workspace.registerTextDocumentContentProvider(SUMMARY_SCHEME, {
      onDidChange: summaryChanged.event,
      provideTextDocumentContent: (uri) => summaries.get(uri.toString()) ?? '',
    }),
  );
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
      async provideCodeActions(document, range, context, token, next) {
        const actions = await next(document, range, context, token);
        return actions?.map((action) => (action instanceof vscode.CodeAction ? withTabStops(action, document.uri) : action));
      },
      async executeCommand(command, args, next) {
        // "Learn more": the rule's page rendered, not the raw Markdown as an editable file (issue 11 §5).
        if (command === 'rsplint.openRuleDocs' && typeof args[0] === 'string') {
          const page = ruleDocsPage(context, args[0]);
          if (page) {
            await showRendered(page);
            return page.toString();
          }
        }
        const editor = vscode.window.activeTextEditor;
        const withDocument = DOCUMENT_COMMANDS.has(command) && args.length === 0 && editor ? [editor.document.uri.toString()] : args;
        const result = await next(command, withDocument);
        if (command === 'rsplint.showThresholdSummary' && typeof result === 'string') await showSummary(result);
        return result;
      },
    },
  };
  client = new LanguageClient('rsplint', 'rsplint', serverOptions, clientOptions);
  await client.start();

  // A status-bar item, as spell checkers have: what rsplint is doing for the document in front of the user.
  const status = vscode.window.createStatusBarItem('rsplint.status', vscode.StatusBarAlignment.Right, 100);
  status.name = 'rsplint';
  status.command = 'workbench.actions.view.problems';
  const showStatus = (): void => {
    const doc = vscode.window.activeTextEditor?.document;
    if (!doc || !['markdown', 'plaintext'].includes(doc.languageId)) {
      status.hide();
      return;
    }
    const config = vscode.workspace.getConfiguration('rsplint', doc.uri);
    if (config.get<boolean>('enable') === false) {
      status.text = '$(circle-slash) rsplint';
      status.tooltip = 'rsplint is turned off (rsplint.enable)';
    } else {
      const found = vscode.languages.getDiagnostics(doc.uri).filter((d) => d.source === 'rsplint').length;
      const when = config.get<string>('run') === 'onSave' ? 'lints on save' : 'lints as you type';
      status.text = `$(law) rsplint${found ? ` ${found}` : ''}`;
      status.tooltip = `rsplint ${when}: ${found} problem${found === 1 ? '' : 's'} in this document. Click for the Problems panel.`;
    }
    status.show();
  };
  context.subscriptions.push(
    status,
    vscode.window.onDidChangeActiveTextEditor(showStatus),
    vscode.languages.onDidChangeDiagnostics(showStatus),
    vscode.workspace.onDidChangeConfiguration((e) => {
      if (e.affectsConfiguration('rsplint')) showStatus();
    }),
  );
  showStatus();

  // A rule link in the Problems panel or a hover opens the rule's page as a file; show it rendered instead.
  const docsDir = vscode.Uri.joinPath(context.extensionUri, 'docs', 'rules').fsPath;
  context.subscriptions.push(
    vscode.window.onDidChangeActiveTextEditor((editor) => {
      const uri = editor?.document.uri;
      if (!uri || uri.scheme !== 'file' || !uri.fsPath.startsWith(docsDir) || !uri.fsPath.endsWith('.md')) return;
      void (async () => {
        await showRendered(uri);
        // Close the editable copy the link opened (the preview stays).
        for (const group of vscode.window.tabGroups.all) {
          for (const tab of group.tabs) {
            if (tab.input instanceof vscode.TabInputText && tab.input.uri.toString() === uri.toString()) await vscode.window.tabGroups.close(tab);
          }
        }
      })();
    }),
    // One step to see rsplint work: the bundled example draft, as an untitled copy the user can edit.
    vscode.commands.registerCommand('rsplint.openExample', async () => {
      const bytes = await vscode.workspace.fs.readFile(vscode.Uri.joinPath(context.extensionUri, 'examples', 'rsp-draft.md'));
      const doc = await vscode.workspace.openTextDocument({ language: 'markdown', content: new TextDecoder().decode(bytes) });
      await vscode.window.showTextDocument(doc);
    }),
  );

  // Test-only: writes every diagnostic VS Code holds as JSON to $RSPLINT_DUMP (end-to-end tests read it).
  // It shows in the Command Palette only where a test asked for it (RSPLINT_DUMP set).
  void vscode.commands.executeCommand('setContext', 'rsplint.testMode', !!process.env.RSPLINT_DUMP);
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
