// Editor settings per resource (a document or a workspace folder), read with workspace/configuration
// and cached per document URI. Nothing is kept in module globals: every server instance owns its cache,
// and in a multi-root workspace each document sees the settings of its own folder.
import { closest } from '../config/parse';
import { RULES } from '../lint';
import type { Connection } from 'vscode-languageserver';
import type { SeveritySetting } from '../lint';

export interface RsplintSettings {
  enable: boolean;
  /** Lint as the user types, or only when the document is saved (and opened). */
  run: 'onType' | 'onSave';
  /** Severity overrides, merged over the project configuration's `rules`. */
  rules: Record<string, SeveritySetting>;
  debounceMs: number;
  maxFileSizeKb: number;
}

export const DEFAULT_SETTINGS: Readonly<RsplintSettings> = Object.freeze({
  enable: true,
  run: 'onType',
  rules: {},
  debounceMs: 300,
  // Large enough for the longest real policy drafts (well under 1 MB); the guard is for logs and dumps.
  maxFileSizeKb: 2048,
});

const SEVERITIES = new Set<string>(['off', 'info', 'warning', 'error']);

/** Takes whatever the client sent and keeps only well-formed values; the rest falls back to defaults. */
export function normaliseSettings(raw: unknown): RsplintSettings {
  const value = (raw && typeof raw === 'object' ? raw : {}) as Record<string, unknown>;
  const rules: Record<string, SeveritySetting> = {};
  if (value.rules && typeof value.rules === 'object') {
    for (const [id, severity] of Object.entries(value.rules as Record<string, unknown>)) {
      if (typeof severity === 'string' && SEVERITIES.has(severity)) rules[id] = severity as SeveritySetting;
    }
  }
  const number = (v: unknown, fallback: number, min: number, max: number) =>
    typeof v === 'number' && Number.isFinite(v) ? Math.min(Math.max(v, min), max) : fallback;
  return {
    enable: typeof value.enable === 'boolean' ? value.enable : DEFAULT_SETTINGS.enable,
    run: value.run === 'onSave' || value.run === 'onType' ? value.run : DEFAULT_SETTINGS.run,
    rules,
    debounceMs: number(value.debounceMs, DEFAULT_SETTINGS.debounceMs, 0, 10_000),
    maxFileSizeKb: number(value.maxFileSizeKb, DEFAULT_SETTINGS.maxFileSizeKb, 1, 1024 * 1024),
  };
}

/**
 * What is wrong with the rules the editor's settings name, said the way the config file's problems are:
 * an unknown rule id with the closest real one ("did you mean"), a severity that is not one of the four.
 */
export function settingsProblems(raw: unknown): string[] {
  const value = (raw && typeof raw === 'object' ? raw : {}) as Record<string, unknown>;
  if (!value.rules || typeof value.rules !== 'object') return [];
  const known = RULES.map((r) => r.id);
  const out: string[] = [];
  for (const [id, severity] of Object.entries(value.rules as Record<string, unknown>)) {
    if (!known.includes(id)) {
      const guess = closest(id, known);
      out.push(`rsplint.rules: "${id}" is not a rule${guess ? ` (did you mean "${guess}"?)` : ''}; it is ignored.`);
    } else if (typeof severity !== 'string' || !SEVERITIES.has(severity)) {
      out.push(`rsplint.rules: "${id}" must be "off", "info", "warning" or "error"; the setting is ignored.`);
    }
  }
  return out;
}

export class SettingsStore {
  /** Problems already shown, so each is said once per session. */
  private readonly said = new Set<string>();
  /** Where settings problems are shown (a warning in the editor). */
  onProblem: (message: string) => void = () => {};

  private readonly perResource = new Map<string, Promise<RsplintSettings>>();
  /**
   * Settings for clients without workspace/configuration (they push them with
   * workspace/didChangeConfiguration, or pass them as initializationOptions).
   */
  private pushed: RsplintSettings;

  constructor(
    private readonly connection: Connection,
    private readonly canPull: boolean,
    initial: unknown,
  ) {
    this.pushed = this.read(initial);
  }

  private read(raw: unknown): RsplintSettings {
    for (const problem of settingsProblems(raw)) {
      if (this.said.has(problem)) continue;
      this.said.add(problem);
      // Deferred: the constructor runs before the server may show messages.
      setImmediate(() => this.onProblem(problem));
    }
    return normaliseSettings(raw);
  }

  get(resource: string): Promise<RsplintSettings> {
    if (!this.canPull) return Promise.resolve(this.pushed);
    let pending = this.perResource.get(resource);
    if (!pending) {
      pending = this.connection.workspace
        .getConfiguration({ scopeUri: resource, section: 'rsplint' })
        .then((raw) => this.read(raw), () => ({ ...DEFAULT_SETTINGS }));
      this.perResource.set(resource, pending);
    }
    return pending;
  }

  /** The client said settings changed: forget every cached answer (and keep pushed ones if any). */
  changed(pushedSettings: unknown): void {
    this.perResource.clear();
    const section = (pushedSettings as { rsplint?: unknown } | undefined)?.rsplint;
    if (section !== undefined) this.pushed = this.read(section);
  }

  forget(resource: string): void {
    this.perResource.delete(resource);
  }
}
