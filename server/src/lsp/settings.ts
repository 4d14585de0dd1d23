// Editor settings per resource (a document or a workspace folder), read with workspace/configuration
// and cached per document URI. Nothing is kept in module globals: every server instance owns its cache,
// and in a multi-root workspace each document sees the settings of its own folder.
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

export class SettingsStore {
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
    this.pushed = normaliseSettings(initial);
  }

  get(resource: string): Promise<RsplintSettings> {
    if (!this.canPull) return Promise.resolve(this.pushed);
    let pending = this.perResource.get(resource);
    if (!pending) {
      pending = this.connection.workspace
        .getConfiguration({ scopeUri: resource, section: 'rsplint' })
        .then(normaliseSettings, () => ({ ...DEFAULT_SETTINGS }));
      this.perResource.set(resource, pending);
    }
    return pending;
  }

  /** The client said settings changed: forget every cached answer (and keep pushed ones if any). */
  changed(pushedSettings: unknown): void {
    this.perResource.clear();
    const section = (pushedSettings as { rsplint?: unknown } | undefined)?.rsplint;
    if (section !== undefined) this.pushed = normaliseSettings(section);
  }

  forget(resource: string): void {
    this.perResource.delete(resource);
  }
}
