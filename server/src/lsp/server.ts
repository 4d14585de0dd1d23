// Wires the protocol to the modules beside this file. No analysis happens here: documents go to the
// Linter, which calls the engine; everything else reads the Linter's outcome for the current version.
import {
  CodeActionKind,
  ErrorCodes,
  ResponseError,
  DidChangeConfigurationNotification,
  DidChangeWatchedFilesNotification,
  MessageType,
  TextDocumentSyncKind,
  TextDocuments,
  type ClientCapabilities,
  type Connection,
  type InitializeResult,
} from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { analyze } from '../lint';
import { codeActions, FIX_ALL_KIND } from './code-actions';
import { executeCommand, SERVER_COMMANDS, type CommandEnv } from './commands';
import { hoverFor } from './hover';
import { Linter, type AnalyzeFn, type LintOutcome } from './linter';
import { definitionFor, documentSymbols, symbolInformation } from './navigation';
import { notifyUser } from './notify';
import { toOffset } from './positions';
import { ProjectConfig } from './project-config';
import { PullResponder, PushScheduler } from './scheduler';
import { SettingsStore } from './settings';

/** The project configuration files (server/src/node/config.ts CONFIG_FILE_NAMES). */
const CONFIG_GLOB = '**/.rsplint.{json,jsonc,yaml,yml}';

export interface ServerOptions {
  /** The analysis function; tests inject failures through it. Defaults to the engine's analyze(). */
  analyze?: AnalyzeFn;
  /** A document was closed (the analysis thread drops what it kept for it). */
  forgetDocument?(uri: string): void;
  /** Called on shutdown (stops the analysis thread). */
  dispose?(): void;
}

export function startServer(connection: Connection, options: ServerOptions = {}): void {
  // A failure in one handler must never take the server down with the editor's other documents.
  process.on('unhandledRejection', (reason) => connection.console.error(`[rsplint] unhandled rejection: ${reason instanceof Error ? reason.stack : String(reason)}`));
  const documents = new TextDocuments(TextDocument);
  const log = (message: string) => connection.console.log(`[rsplint] ${message}`);
  const error = (message: string) => connection.console.error(`[rsplint] ${message}`);
  const projectConfig = new ProjectConfig({ showProblem: (message) => notifyUser(connection, MessageType.Warning, message), log });

  // Filled in by initialize; every handler below runs after it.
  let caps: ClientCapabilities = {};
  /** The VS Code extension watches .rsplint.* itself; other clients are asked to (dynamic registration). */
  let clientWatchesConfig = false;
  let settings!: SettingsStore;
  let linter!: Linter;
  let push!: PushScheduler;
  let pull: PullResponder | undefined;
  let commandEnv!: CommandEnv;
  /** Files linted by "lint workspace" while closed; their pushed diagnostics are cleared when opened. */
  const pushedClosed = new Set<string>();

  // After shutdown the only message that means anything is exit (LSP: requests get InvalidRequest).
  let shutDown = false;
  connection.onShutdown(() => {
    shutDown = true;
    options.dispose?.();
  });
  /** Refuses requests after shutdown, and requests without the document they are about (InvalidParams). */
  const checked = <P extends { textDocument?: { uri?: unknown } }, T, R>(name: string, handler: (params: P, token: T) => R) =>
    ((params: P, token: T) => {
      if (shutDown) throw new ResponseError(ErrorCodes.InvalidRequest, `${name} after shutdown: the server is shutting down`);
      if (typeof params?.textDocument?.uri !== 'string') throw new ResponseError(ErrorCodes.InvalidParams, `${name}: params.textDocument.uri is required`);
      const position = (params as { position?: { line?: unknown; character?: unknown } }).position;
      if ((name === 'textDocument/hover' || name === 'textDocument/definition') && (typeof position?.line !== 'number' || typeof position.character !== 'number')) {
        throw new ResponseError(ErrorCodes.InvalidParams, `${name}: params.position is required`);
      }
      return handler(params, token);
    }) as typeof handler;

  connection.onInitialize((params): InitializeResult => {
    caps = params.capabilities;
    // Clients without workspace/configuration may pass settings at startup: { rsplint: { … } }.
    const init = params.initializationOptions as { rsplint?: unknown; settings?: { rsplint?: unknown }; watchesConfigFiles?: boolean } | undefined;
    clientWatchesConfig = init?.watchesConfigFiles === true;
    settings = new SettingsStore(connection, caps.workspace?.configuration === true, init?.rsplint ?? init?.settings?.rsplint);
    settings.onProblem = (message) => notifyUser(connection, MessageType.Warning, message);
    linter = new Linter({ settings, projectConfig, analyze: options.analyze ?? analyze, forgetDocument: options.forgetDocument, log, error });
    const reportError = (e: unknown): void => error(String(e instanceof Error ? e.stack : e));
    push = new PushScheduler(connection, documents, linter, settings, reportError);
    if (caps.textDocument?.diagnostic) {
      const refresh = caps.workspace?.diagnostics?.refreshSupport ? () => void connection.languages.diagnostics.refresh() : undefined;
      pull = new PullResponder(documents, linter, settings, refresh, reportError);
    }
    const folders = params.workspaceFolders?.map((f) => f.uri) ?? (params.rootUri ? [params.rootUri] : []);
    projectConfig.setWorkspaceFolders(folders);
    commandEnv = {
      connection,
      documents,
      linter,
      settings,
      projectConfig,
      documentChanges: caps.workspace?.workspaceEdit?.documentChanges === true,
      canShowDocument: caps.window?.showDocument?.support === true,
      publishClosed: (uri, outcome) => {
        pushedClosed.add(uri);
        void connection.sendDiagnostics({ uri, diagnostics: outcome.diagnostics });
      },
    };
    const result: InitializeResult = {
      capabilities: {
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental, save: { includeText: false } },
        codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, FIX_ALL_KIND] },
        hoverProvider: true,
        definitionProvider: true,
        documentSymbolProvider: { label: 'rsplint' },
        executeCommandProvider: { commands: SERVER_COMMANDS },
        workspace: { workspaceFolders: { supported: true, changeNotifications: true } },
      },
      serverInfo: { name: 'rsplint' },
    };
    if (pull) {
      // Documents do not depend on each other's unsaved text; glossary files are read from disk, and
      // saving one (or a config file changing) asks the client to pull everything again.
      result.capabilities.diagnosticProvider = { identifier: 'rsplint', interFileDependencies: false, workspaceDiagnostics: false };
    }
    return result;
  });

  connection.onInitialized(() => {
    if (caps.workspace?.didChangeConfiguration?.dynamicRegistration) {
      void connection.client.register(DidChangeConfigurationNotification.type, { section: 'rsplint' });
    }
    if (!clientWatchesConfig && caps.workspace?.didChangeWatchedFiles?.dynamicRegistration) {
      void connection.client.register(DidChangeWatchedFilesNotification.type, { watchers: [{ globPattern: CONFIG_GLOB }] });
    }
    if (caps.workspace?.workspaceFolders) {
      connection.workspace.onDidChangeWorkspaceFolders((event) => {
        const current = new Set(projectConfig.workspaceFolders());
        for (const removed of event.removed) current.delete(removed.uri);
        for (const added of event.added) current.add(added.uri);
        projectConfig.setWorkspaceFolders([...current]);
        relintAll();
      });
    }
  });

  /** Settings or configuration changed: recompute every open document. */
  function relintAll(): void {
    linter.forgetAll();
    if (pull) {
      pull.forgetAll();
      if (caps.workspace?.diagnostics?.refreshSupport) void connection.languages.diagnostics.refresh();
      return;
    }
    for (const doc of documents.all()) push.schedule(doc.uri, 'refresh');
  }

  const opened = new Set<string>();
  documents.onDidOpen((event) => {
    opened.add(event.document.uri);
    commandEnv.lastActive = event.document.uri;
    if (pushedClosed.delete(event.document.uri) && pull) void connection.sendDiagnostics({ uri: event.document.uri, diagnostics: [] });
    if (!pull) push.schedule(event.document.uri, 'open');
  });
  documents.onDidChangeContent((event) => {
    // TextDocuments reports an open as a content change too; the open handler has scheduled it.
    commandEnv.lastActive = event.document.uri;
    if (opened.delete(event.document.uri)) return;
    if (!pull) push.schedule(event.document.uri, 'change');
  });
  documents.onDidSave((event) => {
    const uri = event.document.uri;
    if (projectConfig.isGlossary(uri)) {
      projectConfig.invalidate();
      relintAll();
      return;
    }
    if (pull) {
      pull.saved(uri);
      if (caps.workspace?.diagnostics?.refreshSupport) void connection.languages.diagnostics.refresh();
    } else {
      push.schedule(uri, 'save');
    }
  });
  documents.onDidClose((event) => {
    const uri = event.document.uri;
    opened.delete(uri);
    push.forget(uri);
    pull?.forget(uri);
    linter.forget(uri);
    settings.forget(uri);
    if (!pull) void connection.sendDiagnostics({ uri, diagnostics: [] });
  });

  connection.onDidChangeConfiguration((change) => {
    settings.changed(change.settings);
    relintAll();
  });

  connection.onDidChangeWatchedFiles(() => {
    // The client watches .rsplint.* files; any change may alter any document's configuration.
    projectConfig.invalidate();
    relintAll();
  });

  // Registered before initialize (handlers must be); only a client that declared pull support asks.
  connection.languages.diagnostics.on(checked('textDocument/diagnostic', (params, token) =>
    pull ? pull.respond(params.textDocument.uri, params.previousResultId, token) : { kind: 'full' as const, items: [] },
  ));

  /** The outcome for a document's current version, or undefined for unknown documents. */
  async function current(uri: string): Promise<{ doc: TextDocument; outcome: LintOutcome } | undefined> {
    const doc = documents.get(uri);
    if (!doc) return undefined;
    const outcome = await linter.lint(doc);
    return outcome.version === doc.version ? { doc, outcome } : undefined;
  }

  connection.onCodeAction(checked('textDocument/codeAction', async (params) => {
    const found = await current(params.textDocument.uri);
    if (!found) return [];
    return codeActions(
      { ...found, documentChanges: commandEnv.documentChanges, canSelect: commandEnv.canShowDocument },
      params,
    );
  }));

  connection.onHover(checked('textDocument/hover', async (params) => {
    const found = await current(params.textDocument.uri);
    return found ? hoverFor(found.doc, found.outcome, toOffset(found.doc, params.position)) : null;
  }));

  connection.onDefinition(checked('textDocument/definition', async (params) => {
    const found = await current(params.textDocument.uri);
    return found ? definitionFor(found.doc, found.outcome, toOffset(found.doc, params.position)) : null;
  }));

  connection.onDocumentSymbol(checked('textDocument/documentSymbol', async (params) => {
    const found = await current(params.textDocument.uri);
    if (!found) return [];
    return caps.textDocument?.documentSymbol?.hierarchicalDocumentSymbolSupport
      ? documentSymbols(found.doc, found.outcome)
      : symbolInformation(found.doc, found.outcome);
  }));

  connection.onExecuteCommand((params) => {
    if (shutDown) throw new ResponseError(ErrorCodes.InvalidRequest, 'workspace/executeCommand after shutdown: the server is shutting down');
    if (typeof params?.command !== 'string') throw new ResponseError(ErrorCodes.InvalidParams, 'workspace/executeCommand: params.command is required');
    return executeCommand(commandEnv, params.command, params.arguments ?? []);
  });

  documents.listen(connection);
  connection.listen();
}
