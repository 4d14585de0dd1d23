// A minimal LSP client for protocol tests: spawns the BUILT server (bin/rsplint-language-server.js
// --stdio), speaks JSON-RPC over its stdio, answers the server's requests (configuration, applyEdit,
// showDocument) and records its notifications. Every wait has a timeout; none sleeps a fixed time.
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { resolve } from 'node:path';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter, type MessageConnection } from 'vscode-jsonrpc/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type {
  ClientCapabilities,
  Diagnostic,
  InitializeResult,
  PublishDiagnosticsParams,
  ShowDocumentParams,
  ShowMessageParams,
  TextDocumentContentChangeEvent,
  TextEdit,
  WorkspaceEdit,
} from 'vscode-languageserver-protocol';

export const ROOT = resolve(__dirname, '..', '..');
export const SERVER_BIN = resolve(ROOT, 'bin', 'rsplint-language-server.js');

export interface StartOptions {
  /** Client capabilities beyond the defaults (push diagnostics, documentChanges, showDocument). */
  capabilities?: ClientCapabilities;
  /** What workspace/configuration answers for the `rsplint` section, per scopeUri (or '*' for all). */
  settings?: Record<string, unknown>;
  workspaceFolders?: string[];
  env?: Record<string, string>;
  initializationOptions?: unknown;
}

export const DEFAULT_CAPABILITIES: ClientCapabilities = {
  workspace: {
    configuration: true,
    workspaceEdit: { documentChanges: true },
    didChangeWatchedFiles: { dynamicRegistration: false },
    workspaceFolders: true,
  },
  textDocument: {
    publishDiagnostics: { relatedInformation: true, versionSupport: true, codeDescriptionSupport: true, dataSupport: true },
    codeAction: { codeActionLiteralSupport: { codeActionKind: { valueSet: ['quickfix', 'source', 'source.fixAll'] } }, isPreferredSupport: true, dataSupport: true },
    hover: { contentFormat: ['markdown', 'plaintext'] },
    documentSymbol: { hierarchicalDocumentSymbolSupport: true },
  },
  window: { showDocument: { support: true } },
};

export class TestClient {
  readonly published: PublishDiagnosticsParams[] = [];
  readonly messages: ShowMessageParams[] = [];
  readonly logs: string[] = [];
  readonly shownDocuments: ShowDocumentParams[] = [];
  readonly appliedEdits: WorkspaceEdit[] = [];
  readonly registrations: Array<{ method: string; registerOptions?: unknown }> = [];
  readonly docs = new Map<string, TextDocument>();
  stderr = '';
  private listeners: Array<() => void> = [];
  exited = false;

  private constructor(
    readonly child: ChildProcessWithoutNullStreams,
    readonly connection: MessageConnection,
    private settings: Record<string, unknown>,
  ) {}

  static async start(options: StartOptions = {}): Promise<{ client: TestClient; init: InitializeResult }> {
    const child = spawn(process.execPath, [SERVER_BIN, '--stdio'], { env: { ...process.env, ...options.env }, stdio: 'pipe' });
    const connection = createMessageConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin));
    const client = new TestClient(child, connection, options.settings ?? {});
    child.stderr.on('data', (chunk) => (client.stderr += String(chunk)));
    child.on('exit', () => {
      client.exited = true;
      client.notify();
    });
    connection.onNotification('textDocument/publishDiagnostics', (params: PublishDiagnosticsParams) => {
      client.published.push(params);
      client.notify();
    });
    connection.onNotification('window/showMessage', (params: ShowMessageParams) => {
      client.messages.push(params);
      client.notify();
    });
    connection.onNotification('window/logMessage', (params: { message: string }) => {
      client.logs.push(params.message);
      client.notify();
    });
    connection.onRequest('workspace/configuration', (params: { items: Array<{ scopeUri?: string; section?: string }> }) =>
      params.items.map((item) => client.settingsFor(item.scopeUri)),
    );
    connection.onRequest('client/registerCapability', (params: { registrations: Array<{ method: string; registerOptions?: unknown }> }) => {
      client.registrations.push(...params.registrations);
      client.notify();
      return null;
    });
    connection.onRequest('window/showMessageRequest', (params: ShowMessageParams) => {
      client.messages.push(params);
      client.notify();
      return null;
    });
    connection.onRequest('workspace/diagnostic/refresh', () => {
      client.refreshes++;
      client.notify();
      return null;
    });
    connection.onRequest('window/showDocument', (params: ShowDocumentParams) => {
      client.shownDocuments.push(params);
      client.notify();
      return { success: true };
    });
    connection.onRequest('workspace/applyEdit', (params: { edit: WorkspaceEdit }) => {
      client.appliedEdits.push(params.edit);
      client.applyWorkspaceEdit(params.edit);
      client.notify();
      return { applied: true };
    });
    connection.listen();
    const folders = options.workspaceFolders ?? [];
    const init = (await connection.sendRequest('initialize', {
      processId: process.pid,
      rootUri: folders[0] ?? null,
      workspaceFolders: folders.map((uri, i) => ({ uri, name: `folder${i}` })),
      capabilities: options.capabilities ?? DEFAULT_CAPABILITIES,
      initializationOptions: options.initializationOptions,
    })) as InitializeResult;
    await connection.sendNotification('initialized', {});
    return { client, init };
  }

  refreshes = 0;

  setSettings(settings: Record<string, unknown>): void {
    this.settings = settings;
  }

  private settingsFor(scopeUri: string | undefined): unknown {
    if (scopeUri && scopeUri in this.settings) return this.settings[scopeUri];
    return this.settings['*'] ?? {};
  }

  private notify(): void {
    for (const listener of [...this.listeners]) listener();
  }

  /** Resolves when `check` returns a value other than undefined (checked now and on every message). */
  waitFor<T>(what: string, check: () => T | undefined, timeoutMs = 15_000): Promise<T> {
    return new Promise<T>((resolvePromise, reject) => {
      const listener = () => {
        let value: T | undefined;
        try {
          value = check();
        } catch (error) {
          finish();
          reject(error);
          return;
        }
        if (value !== undefined) {
          finish();
          resolvePromise(value);
        } else if (this.exited) {
          finish();
          reject(new Error(`server exited while waiting for ${what}; stderr: ${this.stderr}`));
        }
      };
      const timer = setTimeout(() => {
        finish();
        reject(new Error(`timed out after ${timeoutMs} ms waiting for ${what}`));
      }, timeoutMs);
      const finish = () => {
        clearTimeout(timer);
        this.listeners = this.listeners.filter((l) => l !== listener);
      };
      this.listeners.push(listener);
      listener();
    });
  }

  /** The next diagnostics published for `uri` at `version` (or any version, if omitted). */
  diagnosticsFor(uri: string, version?: number, timeoutMs?: number): Promise<Diagnostic[]> {
    return this.waitFor(`diagnostics for ${uri}${version === undefined ? '' : ` v${version}`}`, () => {
      for (let i = this.published.length - 1; i >= 0; i--) {
        const p = this.published[i]!;
        if (p.uri === uri && (version === undefined || p.version === version)) return p.diagnostics;
      }
      return undefined;
    }, timeoutMs);
  }

  async open(uri: string, text: string, languageId = 'markdown'): Promise<void> {
    this.docs.set(uri, TextDocument.create(uri, languageId, 1, text));
    await this.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId, version: 1, text } });
  }

  async change(uri: string, changes: TextDocumentContentChangeEvent[]): Promise<number> {
    const doc = this.docs.get(uri)!;
    const next = TextDocument.update(doc, changes, doc.version + 1);
    this.docs.set(uri, next);
    await this.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version: next.version }, contentChanges: changes });
    return next.version;
  }

  text(uri: string): string {
    return this.docs.get(uri)!.getText();
  }

  /** Applies a WorkspaceEdit to the client's copy and tells the server, as an editor would. */
  async apply(edit: WorkspaceEdit): Promise<number> {
    const [uri, edits] = this.editsOf(edit);
    const doc = this.docs.get(uri)!;
    const text = TextDocument.applyEdits(doc, edits);
    return this.change(uri, [{ text }]);
  }

  private applyWorkspaceEdit(edit: WorkspaceEdit): void {
    const [uri, edits] = this.editsOf(edit);
    const doc = this.docs.get(uri);
    if (!doc) return;
    const text = TextDocument.applyEdits(doc, edits);
    const next = TextDocument.create(uri, doc.languageId, doc.version + 1, text);
    this.docs.set(uri, next);
    void this.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version: next.version }, contentChanges: [{ text }] });
  }

  private editsOf(edit: WorkspaceEdit): [string, TextEdit[]] {
    if (edit.documentChanges) {
      const change = edit.documentChanges[0] as { textDocument: { uri: string; version: number | null }; edits: TextEdit[] };
      const doc = this.docs.get(change.textDocument.uri);
      if (doc && change.textDocument.version !== null && change.textDocument.version !== doc.version) {
        throw new Error(`edit for version ${change.textDocument.version}, document is at ${doc.version}`);
      }
      return [change.textDocument.uri, change.edits];
    }
    const [uri, edits] = Object.entries(edit.changes ?? {})[0]!;
    return [uri, edits];
  }

  request<T>(method: string, params: unknown): Promise<T> {
    return this.connection.sendRequest(method, params) as Promise<T>;
  }

  async stop(): Promise<void> {
    if (!this.exited) {
      try {
        await Promise.race([this.connection.sendRequest('shutdown'), new Promise((r) => setTimeout(r, 2000))]);
        await this.connection.sendNotification('exit');
      } catch {
        // The connection may already be gone; the kill below still ends the process.
      }
    }
    this.connection.dispose();
    if (!this.exited) this.child.kill();
  }
}
