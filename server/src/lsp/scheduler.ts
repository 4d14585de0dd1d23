// When diagnostics are computed and delivered. Push model: a debounce timer per document, restarted by
// every change; a run whose document changed meanwhile publishes nothing (its successor will). Pull
// model: the client asks on every change. A request the client cancels (because the user typed again)
// makes vscode-languageclient show an empty report, so an answer that waits out the debounce would blank
// every marker during a burst of typing (issue 11 §3). Where the client can be asked to pull again
// (workspace/diagnostic/refresh), the server therefore answers a changed document at once with the last
// report ("unchanged": the markers stay where they are), lints after the debounce, and asks the client to
// pull the fresh report. Without refresh support the answer waits out the debounce as before.
import { LSPErrorCodes, ResponseError, type CancellationToken, type Connection, type Diagnostic, type DocumentDiagnosticReport, type TextDocuments } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Linter } from './linter';
import type { SettingsStore } from './settings';

export class PushScheduler {
  private readonly timers = new Map<string, ReturnType<typeof setTimeout>>();
  private readonly generations = new Map<string, number>();

  constructor(
    private readonly connection: Connection,
    private readonly documents: TextDocuments<TextDocument>,
    private readonly linter: Linter,
    private readonly settings: SettingsStore,
    private readonly onError: (error: unknown) => void,
  ) {}

  /** Lint after the document's debounce delay (or now); earlier pending runs for it are dropped. */
  schedule(uri: string, reason: 'open' | 'change' | 'save' | 'refresh'): void {
    const generation = this.cancel(uri);
    void this.settings.get(uri).then((settings) => {
      if (this.generations.get(uri) !== generation) return;
      if (reason === 'change' && settings.run === 'onSave') return;
      const delay = reason === 'change' ? settings.debounceMs : 0;
      const go = (): void => void this.run(uri, generation).catch(this.onError);
      // setTimeout(…, 0) waits at least a millisecond; with no debounce, run as soon as the queue is free
      // (the generation check in run() still drops a run that a newer change has superseded).
      if (delay === 0) setImmediate(go);
      else this.timers.set(uri, setTimeout(go, delay));
    });
  }

  /** Drops any pending run; returns the new generation number. */
  cancel(uri: string): number {
    const timer = this.timers.get(uri);
    if (timer) clearTimeout(timer);
    this.timers.delete(uri);
    const generation = (this.generations.get(uri) ?? 0) + 1;
    this.generations.set(uri, generation);
    return generation;
  }

  forget(uri: string): void {
    this.cancel(uri);
    this.generations.delete(uri);
  }

  private async run(uri: string, generation: number): Promise<void> {
    this.timers.delete(uri);
    const doc = this.documents.get(uri);
    if (!doc || this.generations.get(uri) !== generation) return;
    const outcome = await this.linter.lint(doc);
    const current = this.documents.get(uri);
    if (this.generations.get(uri) !== generation || !current || current.version !== outcome.version) return;
    await this.connection.sendDiagnostics({ uri, version: outcome.version, diagnostics: outcome.diagnostics });
  }
}

interface Report {
  resultId: string;
  version: number;
  items: Diagnostic[];
  saves: number;
}

export class PullResponder {
  private readonly reports = new Map<string, Report>();
  private readonly saves = new Map<string, number>();
  private readonly timers = new Map<string, ReturnType<typeof setTimeout>>();
  private counter = 0;

  constructor(
    private readonly documents: TextDocuments<TextDocument>,
    private readonly linter: Linter,
    private readonly settings: SettingsStore,
    /** Asks the client to pull again (workspace/diagnostic/refresh); absent when the client cannot. */
    private readonly refresh?: () => void,
    private readonly onError: (error: unknown) => void = () => {},
  ) {}

  saved(uri: string): void {
    this.saves.set(uri, (this.saves.get(uri) ?? 0) + 1);
  }

  forget(uri: string): void {
    this.reports.delete(uri);
    this.saves.delete(uri);
    const timer = this.timers.get(uri);
    if (timer) clearTimeout(timer);
    this.timers.delete(uri);
  }

  forgetAll(): void {
    this.reports.clear();
  }

  /** Lints the document once typing has paused, keeps the report and asks the client to pull it. */
  private lintLater(uri: string, ms: number): void {
    const pending = this.timers.get(uri);
    if (pending) clearTimeout(pending);
    this.timers.set(
      uri,
      setTimeout(() => {
        this.timers.delete(uri);
        void this.lintNow(uri).catch(this.onError);
      }, ms),
    );
  }

  private async lintNow(uri: string): Promise<void> {
    const doc = this.documents.get(uri);
    if (!doc) return;
    const saves = this.saves.get(uri) ?? 0;
    const outcome = await this.linter.lint(doc);
    // A newer change has its own timer; this result is for a version the editor no longer shows.
    if (outcome.version !== this.documents.get(uri)?.version || this.timers.has(uri)) return;
    this.reports.set(uri, { resultId: `${outcome.version}.${++this.counter}`, version: outcome.version, items: outcome.diagnostics, saves });
    this.refresh?.();
  }

  async respond(uri: string, previousResultId: string | undefined, token: CancellationToken): Promise<DocumentDiagnosticReport> {
    const doc = this.documents.get(uri);
    if (!doc) return { kind: 'full', items: [] };
    const settings = await this.settings.get(uri);
    const last = this.reports.get(uri);
    const saves = this.saves.get(uri) ?? 0;
    // Run on save: while the user types, the last report stands (the editor keeps its markers in place).
    if (settings.run === 'onSave' && last && last.saves === saves) {
      return previousResultId === last.resultId ? { kind: 'unchanged', resultId: last.resultId } : { kind: 'full', resultId: last.resultId, items: last.items };
    }
    const version = doc.version;
    if (last && last.version === version && previousResultId === last.resultId) return { kind: 'unchanged', resultId: last.resultId };
    // The first report for a document is immediate; later ones wait for typing to pause. Meanwhile the
    // last report stands, so the editor's markers stay until the new ones replace them.
    if (last && last.version !== version && settings.debounceMs > 0 && this.refresh) {
      this.lintLater(uri, settings.debounceMs);
      return previousResultId === last.resultId ? { kind: 'unchanged', resultId: last.resultId } : { kind: 'full', resultId: last.resultId, items: last.items };
    }
    if (last && last.version !== version && settings.debounceMs > 0) await delay(settings.debounceMs, token);
    if (token.isCancellationRequested) throw new ResponseError(LSPErrorCodes.RequestCancelled, 'cancelled');
    if (doc.version !== version) throw stale();
    const outcome = await this.linter.lint(doc);
    if (outcome.version !== doc.version || token.isCancellationRequested) throw stale();
    const report: Report = { resultId: `${version}.${++this.counter}`, version, items: outcome.diagnostics, saves };
    this.reports.set(uri, report);
    return { kind: 'full', resultId: report.resultId, items: report.items };
  }
}

function stale(): ResponseError<{ retriggerRequest: boolean }> {
  return new ResponseError(LSPErrorCodes.ServerCancelled, 'The document changed; diagnostics for the new version follow.', { retriggerRequest: true });
}

function delay(ms: number, token: CancellationToken): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(done, ms);
    const listener = token.onCancellationRequested(done);
    function done() {
      clearTimeout(timer);
      listener.dispose();
      resolve();
    }
  });
}
