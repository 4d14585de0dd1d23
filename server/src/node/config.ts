// Finds, reads and caches project configuration for a document: the one config lookup shared by the
// CLI and the language server, so both see the same settings for the same file.
// Architecture invariant: configuration is data only (JSON with comments or YAML); nothing here ever
// requires, imports or evaluates a config file, so opening an untrusted folder is safe.
import { existsSync, readFileSync, realpathSync, statSync } from 'node:fs';
import { dirname, isAbsolute, join, parse as parsePath, resolve, sep } from 'node:path';
import { parseConfig, type ConfigProblem } from '../config/parse';
import type { GlossarySource, RsplintConfig } from '../core/types';
import { describeFsError, MAX_FILE_BYTES, readTextFile } from './read';

export interface LoadedConfig {
  config: RsplintConfig;
  configPath?: string;
  problems: Array<ConfigProblem & { file: string }>;
  /** Files named in config.glossary, read relative to the config file. */
  glossaries: GlossarySource[];
}

/** Names searched in each folder, nearest folder first; within a folder the first name found wins. */
export const CONFIG_FILE_NAMES = ['.rsplint.json', '.rsplint.jsonc', '.rsplint.yaml', '.rsplint.yml'] as const;

/** A config file larger than this is certainly a mistake; refuse it rather than parse it. */
const MAX_CONFIG_BYTES = 1024 * 1024;

const EMPTY: LoadedConfig = Object.freeze({ config: {}, problems: [], glossaries: [] }) as LoadedConfig;

/** Config path found for a directory ('' = none up to the root). */
const lookupCache = new Map<string, string>();
/** Loaded config per config file path. */
const loadCache = new Map<string, LoadedConfig>();

/**
 * The configuration in force for a file: the nearest `.rsplint.*` found by walking up from the file's
 * folder, or `explicitConfigPath` when given (then no walking). Never throws: unreadable or invalid
 * configuration comes back as problems naming the config file, with the valid rest applied.
 */
export function loadConfigForFile(filePath: string, options: { explicitConfigPath?: string } = {}): LoadedConfig {
  if (options.explicitConfigPath !== undefined) return loadConfigFile(resolve(options.explicitConfigPath));
  const configPath = findConfig(dirname(resolve(filePath)));
  return configPath ? loadConfigFile(configPath) : EMPTY;
}

/** Forget everything read so far (call when a config or glossary file changes). */
export function clearConfigCache(): void {
  lookupCache.clear();
  loadCache.clear();
}

function findConfig(startDir: string): string | undefined {
  const visited: string[] = [];
  let dir = startDir;
  let found: string | undefined;
  for (;;) {
    const cached = lookupCache.get(dir);
    if (cached !== undefined) {
      found = cached || undefined;
      break;
    }
    visited.push(dir);
    found = CONFIG_FILE_NAMES.map((name) => join(dir, name)).find(isFile);
    if (found) break;
    const parent = dirname(dir);
    if (parent === dir || dir === parsePath(dir).root) break;
    dir = parent;
  }
  for (const v of visited) lookupCache.set(v, found ?? '');
  return found;
}

function isFile(path: string): boolean {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

function loadConfigFile(configPath: string): LoadedConfig {
  const cached = loadCache.get(configPath);
  if (cached) return cached;
  const loaded = readAndParse(configPath);
  loadCache.set(configPath, loaded);
  return loaded;
}

const MAX_GLOSSARIES = 50;
const MAX_GLOSSARY_BYTES = 20 * 1024 * 1024;

/** The repository a config file belongs to: the nearest folder above it with a .git entry, else its own folder. */
function repositoryRoot(dir: string): string {
  const start = safeRealpath(dir);
  for (let d = start; ; d = dirname(d)) {
    if (existsSync(join(d, '.git'))) return d;
    if (dirname(d) === d) return start;
  }
}

function safeRealpath(path: string): string {
  try {
    return realpathSync(path);
  } catch {
    return path;
  }
}

function inside(path: string, root: string): boolean {
  return path === root || path.startsWith(root.endsWith(sep) ? root : root + sep);
}

function readAndParse(configPath: string): LoadedConfig {
  const read = readTextFile(configPath, MAX_CONFIG_BYTES);
  if ('error' in read) {
    return { config: {}, configPath, glossaries: [], problems: [{ file: configPath, line: 1, column: 1, message: `Cannot read the configuration: ${read.error}.` }] };
  }
  const parsed = parseConfig(read.text, configPath);
  const problems = parsed.problems.map((p) => ({ ...p, file: configPath }));
  const glossaries: GlossarySource[] = [];
  const baseDir = dirname(configPath);
  // An untrusted repository's config must not make rsplint read outside the repository (or a device file
  // that never ends): glossaries are relative paths that stay inside it, each read once, within a budget.
  const root = repositoryRoot(baseDir);
  const seen = new Set<string>();
  let budget = MAX_GLOSSARY_BYTES;
  (parsed.config.glossary ?? []).forEach((entry, index) => {
    const key = `glossary[${index}]`;
    const where = parsed.locations?.[key] ?? { line: 1, column: 1 };
    const refuse = (why: string) => problems.push({ file: configPath, key, ...where, message: `Glossary file "${entry}" cannot be used: ${why}.` });
    if (isAbsolute(entry)) return refuse('it must be a path relative to the configuration file, inside the repository');
    const path = resolve(baseDir, entry);
    let real: string;
    try {
      real = realpathSync(path);
    } catch (error) {
      return refuse(describeFsError(error));
    }
    if (!inside(real, root)) return refuse(`it leads outside the repository (${root})`);
    if (seen.has(real)) return;
    seen.add(real);
    if (seen.size > MAX_GLOSSARIES) return refuse(`a configuration may name at most ${MAX_GLOSSARIES} glossary files`);
    const glossary = readTextFile(path, Math.min(MAX_FILE_BYTES, budget));
    if ('error' in glossary) return refuse(glossary.error);
    budget -= Buffer.byteLength(glossary.text);
    glossaries.push({ name: path, text: glossary.text });
  });
  return { config: parsed.config, configPath, problems, glossaries };
}
