// The project configuration (.rsplint.json / .rsplint.yaml) in force for a document, through the same
// lookup the CLI uses, merged with the editor's severity overrides. A broken config file is reported
// once per distinct problem set (a window/showMessage naming file, line and key) and linting goes on
// with what could be read, as the CLI does.
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { clearConfigCache, loadConfigForFile, type LoadedConfig } from '../node/config';
import type { GlossarySource, RsplintConfig } from '../lint';
import type { RsplintSettings } from './settings';

export interface DocumentConfig {
  config: RsplintConfig;
  glossaries: GlossarySource[];
  configPath?: string;
}

export interface ConfigReporter {
  /** Shows a problem with a config file to the user. */
  showProblem(message: string): void;
  log(message: string): void;
}

export class ProjectConfig {
  private readonly reported = new Set<string>();
  private readonly glossaryPaths = new Set<string>();
  private folders: string[] = [];

  constructor(private readonly reporter: ConfigReporter) {}

  setWorkspaceFolders(uris: string[]): void {
    this.folders = uris.filter((u) => u.startsWith('file:'));
  }

  workspaceFolders(): string[] {
    return [...this.folders];
  }

  /** Config files or glossaries changed on disk: read them again and report problems afresh. */
  invalidate(): void {
    clearConfigCache();
    this.reported.clear();
    this.glossaryPaths.clear();
  }

  /** Whether a file is a glossary some loaded configuration reads (its edits invalidate the cache). */
  isGlossary(uri: string): boolean {
    return uri.startsWith('file:') && this.glossaryPaths.has(fsPath(uri));
  }

  /** The configuration for a document, with the editor's severity overrides on top of the project's. */
  forDocument(uri: string, settings: RsplintSettings): DocumentConfig {
    const filePath = this.lookupPath(uri);
    const loaded: LoadedConfig = filePath ? safeLoad(filePath) : { config: {}, problems: [], glossaries: [] };
    this.report(loaded);
    for (const g of loaded.glossaries) this.glossaryPaths.add(g.name);
    const config: RsplintConfig = { ...loaded.config, rules: { ...loaded.config.rules, ...settings.rules } };
    return { config, glossaries: loaded.glossaries, configPath: loaded.configPath };
  }

  /**
   * The path the config lookup starts from: the document's own path, or for an untitled document a
   * name inside the first workspace folder (so drafts that are not saved yet follow the project).
   */
  private lookupPath(uri: string): string | undefined {
    if (uri.startsWith('file:')) return fsPath(uri);
    const folder = this.folders[0];
    return folder ? join(fsPath(folder), 'untitled.md') : undefined;
  }

  private report(loaded: LoadedConfig): void {
    if (loaded.problems.length === 0) return;
    const key = loaded.problems.map((p) => `${p.file}:${p.line}:${p.column}:${p.key ?? ''}:${p.message}`).join('\n');
    if (this.reported.has(key)) return;
    this.reported.add(key);
    const first = loaded.problems[0]!;
    const more = loaded.problems.length > 1 ? ` (and ${loaded.problems.length - 1} more problem${loaded.problems.length > 2 ? 's' : ''} in that file)` : '';
    const where = `${first.file}, line ${first.line}${first.key ? `, key "${first.key}"` : ''}`;
    const message = `rsplint: ${where}: ${first.message}${more} Linting goes on with the default for ${first.key ? 'that key' : 'the configuration'}.`;
    this.reporter.showProblem(message);
    for (const p of loaded.problems) this.reporter.log(`config problem: ${p.file}:${p.line}:${p.column}${p.key ? ` [${p.key}]` : ''} ${p.message}`);
  }
}

function safeLoad(filePath: string): LoadedConfig {
  try {
    return loadConfigForFile(filePath);
  } catch (error) {
    // loadConfigForFile promises never to throw; if it does, say so and lint with defaults.
    const message = error instanceof Error ? error.message : String(error);
    return { config: {}, problems: [{ file: dirname(filePath), line: 1, column: 1, message: `Cannot load the configuration: ${message}.` }], glossaries: [] };
  }
}

export function fsPath(uri: string): string {
  try {
    return fileURLToPath(uri);
  } catch {
    return decodeURIComponent(uri.replace(/^file:\/\//, ''));
  }
}

export function fileUri(path: string): string {
  return pathToFileURL(path).href;
}
