// Runs the engine on one document version and remembers the result, so diagnostics, code actions,
// hover, symbols and commands all read one analysis of the text the user sees. Guards live here:
// the size limit and the per-document exception boundary (one failing document never stops the others).
import type { Diagnostic } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { capFindings, createParseCache, type Analysis, type LintOptions, type ParseCache } from '../lint';
import { internalErrorDiagnostic, overBudgetDiagnostic, tooLargeDiagnostic, toDiagnostic } from './diagnostics';
import { isOwnDocumentation } from './docs';
import { OverBudget, Superseded } from './off-thread';
import type { DocumentConfig, ProjectConfig } from './project-config';
import type { RsplintSettings, SettingsStore } from './settings';

/** Runs the engine: in process (tests, the CLI's way) or on the analysis thread (off-thread.ts). */
/** `uri` is undefined for a text that is not open (nothing of it is worth keeping). */
export type AnalyzeFn = (text: string, options: LintOptions, uri: string | undefined) => Analysis | Promise<Analysis>;

export interface LintOutcome {
  uri: string;
  version: number;
  languageId: string;
  /** The text that was analysed (fix offsets point into it). */
  text: string;
  status: 'analysed' | 'disabled' | 'too-large' | 'failed' | 'over-budget' | 'superseded';
  analysis?: Analysis;
  config: DocumentConfig;
  diagnostics: Diagnostic[];
}

export interface LinterDeps {
  settings: SettingsStore;
  projectConfig: ProjectConfig;
  analyze: AnalyzeFn;
  /** The document was closed (the analysis thread drops its parse cache). */
  forgetDocument?(uri: string): void;
  log(message: string): void;
  error(message: string): void;
}

export function languageOf(doc: Pick<TextDocument, 'languageId' | 'uri'>): 'markdown' | 'plaintext' {
  // VS Code says 'plaintext', Neovim and Helix say 'text'; a .txt file is plain text whatever the editor says.
  return doc.languageId === 'plaintext' || doc.languageId === 'text' || /\.txt$/i.test(doc.uri) ? 'plaintext' : 'markdown';
}

export class Linter {
  private readonly cache = new Map<string, LintOutcome>();
  /** Per open document, the parsed Markdown chunks of its last analysed version. */
  private readonly parseCaches = new Map<string, ParseCache>();
  /** Analyses under way, so that two requests for one version share one analysis. */
  private readonly inflight = new Map<string, { version: number; outcome: Promise<LintOutcome> }>();

  constructor(private readonly deps: LinterDeps) {}

  /** The outcome for the document's current version, computed if not cached. */
  async lint(doc: TextDocument): Promise<LintOutcome> {
    const cached = this.cache.get(doc.uri);
    if (cached && cached.version === doc.version) return cached;
    const settings = await this.deps.settings.get(doc.uri);
    // The document object is updated in place by the sync machinery, so this reads whatever version is
    // current now; callers compare outcome.version with the document before publishing anything.
    const again = this.cache.get(doc.uri);
    if (again && again.version === doc.version) return again;
    const running = this.inflight.get(doc.uri);
    if (running && running.version === doc.version) return running.outcome;
    const version = doc.version;
    const outcome = this.run(doc, settings).then((result) => {
      if (this.inflight.get(doc.uri)?.outcome === outcome) this.inflight.delete(doc.uri);
      // A superseded analysis says nothing about its version: the next request for it analyses again.
      if (result.status !== 'superseded' && (this.cache.get(doc.uri)?.version ?? -Infinity) <= version) this.cache.set(doc.uri, result);
      return result;
    });
    this.inflight.set(doc.uri, { version, outcome });
    return outcome;
  }

  /** The cached outcome, only if it is for exactly this version. */
  peek(uri: string, version: number): LintOutcome | undefined {
    const cached = this.cache.get(uri);
    return cached && cached.version === version ? cached : undefined;
  }

  forget(uri: string): void {
    this.cache.delete(uri);
    this.inflight.delete(uri);
    this.parseCaches.delete(uri);
    this.deps.forgetDocument?.(uri);
  }

  /** Settings or configuration changed: every cached outcome may be wrong now. */
  forgetAll(): void {
    this.cache.clear();
  }

  /** Lints a text that is not open in the editor (workspace linting); nothing is cached. */
  lintText(doc: TextDocument, settings: RsplintSettings): Promise<LintOutcome> {
    return this.run(doc, settings, false);
  }

  private async run(doc: TextDocument, settings: RsplintSettings, open = true): Promise<LintOutcome> {
    const text = doc.getText();
    const base = { uri: doc.uri, version: doc.version, languageId: doc.languageId, text };
    const config = this.deps.projectConfig.forDocument(doc.uri, settings);
    if (!settings.enable || isOwnDocumentation(doc.uri)) return { ...base, status: 'disabled', config, diagnostics: [] };
    const sizeKb = Math.ceil(Buffer.byteLength(text, 'utf8') / 1024);
    if (sizeKb > settings.maxFileSizeKb) {
      this.deps.log(`skipped ${doc.uri}: ${sizeKb} KB is over rsplint.maxFileSizeKb (${settings.maxFileSizeKb} KB)`);
      return { ...base, status: 'too-large', config, diagnostics: [tooLargeDiagnostic(sizeKb, settings.maxFileSizeKb)] };
    }
    let analysis: Analysis;
    try {
      // The parse cache makes a keystroke re-parse only the chunk it touched (the result equals a fresh parse).
      let parseCache = open ? this.parseCaches.get(doc.uri) : undefined;
      if (!parseCache) {
        parseCache = createParseCache();
        if (open) this.parseCaches.set(doc.uri, parseCache);
      }
      analysis = await this.deps.analyze(text, { language: languageOf(doc), config: config.config, glossaries: config.glossaries, cache: parseCache }, open ? doc.uri : undefined);
    } catch (error) {
      if (error instanceof Superseded) return { ...base, status: 'superseded', config, diagnostics: [] };
      if (error instanceof OverBudget) return { ...base, status: 'over-budget', config, diagnostics: [overBudgetDiagnostic(error.budgetMs)] };
      const detail = error instanceof Error ? (error.stack ?? error.message) : String(error);
      this.deps.error(`analysis of ${doc.uri} (version ${doc.version}) failed: ${detail}`);
      return { ...base, status: 'failed', config, diagnostics: [internalErrorDiagnostic(error)] };
    }
    // At most 2000 diagnostics a document (and one that says how many more there were): a generated
    // table of 200,000 thresholds must not flood the editor (issue 12 §5).
    analysis = capFindings(analysis);
    const diagnostics = analysis.findings.map((f) => toDiagnostic(doc, f, config.glossaries));
    return { ...base, status: 'analysed', analysis, config, diagnostics };
  }
}
