// Turns command-line arguments (files, directories, globs, "-") into the list of documents to lint.
// Directories recurse; node_modules and .git are never entered; .gitignore files and the config's
// `ignore` patterns are honoured for everything found by walking or globbing. A file named explicitly
// is always linted: the user asked for it by name.
import { readdirSync, realpathSync, statSync, type Dirent } from 'node:fs';
import { dirname, extname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import ignore, { type Ignore } from 'ignore';
import { globSync, isDynamicPattern } from 'tinyglobby';
import { loadConfigForFile } from './config';
import { describeFsError, readTextFile } from './read';

/** Extensions a directory or glob expands to. */
export const LINTABLE_EXTENSIONS = ['.md', '.markdown', '.txt'] as const;

const NEVER_ENTER = new Set(['node_modules', '.git']);

export interface PathError {
  /** The argument or path as the user would recognise it. */
  path: string;
  message: string;
}

export interface ExpandedArguments {
  /** Absolute paths, deduplicated, in argument order (each directory's files sorted). */
  files: string[];
  /** True when "-" was given. */
  stdin: boolean;
  errors: PathError[];
}

export interface ExpandOptions {
  cwd: string;
  /** --config: its `ignore` patterns apply instead of the nearest config's. */
  explicitConfigPath?: string;
}

export function isLintable(path: string): boolean {
  return (LINTABLE_EXTENSIONS as readonly string[]).includes(extname(path).toLowerCase());
}

/** 'plaintext' for .txt files, 'markdown' for everything else. */
export function languageOf(path: string): 'markdown' | 'plaintext' {
  return extname(path).toLowerCase() === '.txt' ? 'plaintext' : 'markdown';
}

export function expandArguments(args: readonly string[], options: ExpandOptions): ExpandedArguments {
  const ignores = new IgnoreRules(options.explicitConfigPath);
  const seen = new Set<string>();
  const result: ExpandedArguments = { files: [], stdin: false, errors: [] };
  const add = (file: string) => {
    if (!seen.has(file)) {
      seen.add(file);
      result.files.push(file);
    }
  };

  for (const arg of args) {
    if (arg === '-') {
      result.stdin = true;
      continue;
    }
    const absolute = resolve(options.cwd, arg);
    let stat;
    try {
      stat = statSync(absolute);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'ENOENT' && isDynamicPattern(arg)) {
        const matches = expandGlob(arg, options.cwd, ignores);
        if (matches.length === 0) result.errors.push({ path: arg, message: 'no files match this pattern' });
        matches.forEach(add);
      } else {
        result.errors.push({ path: arg, message: describeFsError(error) });
      }
      continue;
    }
    if (stat.isDirectory()) {
      const walker = new Walker(absolute, ignores, options.cwd);
      walker.walk();
      walker.files.forEach(add);
      result.errors.push(...walker.errors);
      // A directory the user named that yields nothing is a mistake to say out loud (as ESLint does), not a
      // silent clean run: CI would pass without having linted anything.
      if (walker.files.length === 0 && walker.errors.length === 0) {
        result.errors.push({
          path: arg,
          message: walker.ignoredCount > 0
            ? `all ${walker.ignoredCount} Markdown and text file${walker.ignoredCount === 1 ? '' : 's'} here are ignored (by a .gitignore or the configuration's "ignore" patterns); name a file to lint it anyway`
            : 'no .md, .markdown or .txt files here',
        });
      }
    } else {
      add(absolute);
    }
  }
  return result;
}

function expandGlob(pattern: string, cwd: string, ignores: IgnoreRules): string[] {
  let matches: string[];
  try {
    matches = globSync(pattern, {
      cwd,
      absolute: true,
      dot: true,
      onlyFiles: true,
      ignore: ['**/node_modules/**', '**/.git/**'],
    });
  } catch {
    return [];
  }
  return matches
    .map((m) => resolve(m))
    .filter((m) => isLintable(m) && !ignores.ignored(m, false, cwd))
    .sort(compareNames);
}

class Walker {
  readonly files: string[] = [];
  /** Lintable files (and folders) skipped because an ignore rule matched them. */
  ignoredCount = 0;
  readonly errors: PathError[] = [];
  private readonly visited = new Set<string>();

  constructor(
    private readonly root: string,
    private readonly ignores: IgnoreRules,
    private readonly cwd: string,
  ) {}

  walk(): void {
    this.visit(this.root, []);
  }

  private visit(dir: string, stack: string[]): void {
    let real: string;
    try {
      real = realpathSync(dir);
    } catch (error) {
      this.errors.push({ path: this.display(dir), message: describeFsError(error) });
      return;
    }
    if (stack.includes(real)) {
      this.errors.push({ path: this.display(dir), message: `symbolic link loop (leads back to ${this.display(real)}); not followed` });
      return;
    }
    // Two links to one folder: lint it once, without complaint.
    if (this.visited.has(real)) return;
    this.visited.add(real);

    let entries: Dirent[];
    try {
      entries = readdirSync(dir, { withFileTypes: true });
    } catch (error) {
      this.errors.push({ path: this.display(dir), message: describeFsError(error) });
      return;
    }
    entries.sort((a, b) => compareNames(a.name, b.name));
    for (const entry of entries) {
      if (NEVER_ENTER.has(entry.name)) continue;
      const path = join(dir, entry.name);
      let isDir = entry.isDirectory();
      let isFile = entry.isFile();
      if (entry.isSymbolicLink()) {
        try {
          const target = statSync(path);
          isDir = target.isDirectory();
          isFile = target.isFile();
        } catch (error) {
          // A dangling link is common and harmless unless it would have been linted.
          const code = (error as NodeJS.ErrnoException).code;
          if (code === 'ELOOP' || isLintable(path)) this.errors.push({ path: this.display(path), message: describeFsError(error) });
          continue;
        }
      }
      if (isDir) {
        if (!this.ignores.ignored(path, true, this.root)) this.visit(path, [...stack, real]);
        else this.ignoredCount++;
      } else if (isFile && isLintable(path)) {
        if (!this.ignores.ignored(path, false, this.root)) this.files.push(path);
        else this.ignoredCount++;
      }
    }
  }

  private display(path: string): string {
    const rel = relative(this.cwd, path);
    return rel && !rel.startsWith('..') && !isAbsolute(rel) ? rel : path;
  }
}

/**
 * Answers "is this path ignored?" from .gitignore files and the config's `ignore` patterns.
 * .gitignore files are read from the path's folder up to the root of its git repository (the folder
 * holding .git); outside a repository, only those at or below the folder being walked count.
 */
class IgnoreRules {
  private readonly gitignoreCache = new Map<string, Ignore | null>();
  private readonly repoRootCache = new Map<string, string | null>();
  private readonly configCache = new Map<string, Ignore>();

  constructor(private readonly explicitConfigPath?: string) {}

  ignored(path: string, isDir: boolean, walkRoot: string): boolean {
    return this.ignoredByConfig(path, isDir) || this.ignoredByGit(path, isDir, walkRoot);
  }

  private ignoredByConfig(path: string, isDir: boolean): boolean {
    const probe = isDir ? join(path, '_') : path;
    const loaded = loadConfigForFile(probe, { explicitConfigPath: this.explicitConfigPath });
    if (!loaded.configPath || !loaded.config.ignore?.length) return false;
    let ig = this.configCache.get(loaded.configPath);
    if (!ig) {
      ig = ignore().add(loaded.config.ignore);
      this.configCache.set(loaded.configPath, ig);
    }
    return test(ig, dirname(loaded.configPath), path, isDir);
  }

  private ignoredByGit(path: string, isDir: boolean, walkRoot: string): boolean {
    const boundary = this.repoRoot(dirname(path)) ?? walkRoot;
    for (let dir = dirname(path); ; dir = dirname(dir)) {
      if (!isInside(dir, boundary)) break;
      const ig = this.gitignore(dir);
      if (ig && test(ig, dir, path, isDir)) return true;
      if (dir === boundary || dirname(dir) === dir) break;
    }
    return false;
  }

  private gitignore(dir: string): Ignore | null {
    let ig = this.gitignoreCache.get(dir);
    if (ig === undefined) {
      const read = readTextFile(join(dir, '.gitignore'), 1024 * 1024);
      ig = 'text' in read ? ignore().add(read.text) : null;
      this.gitignoreCache.set(dir, ig);
    }
    return ig;
  }

  private repoRoot(dir: string): string | null {
    const cached = this.repoRootCache.get(dir);
    if (cached !== undefined) return cached;
    let found: string | null = null;
    try {
      statSync(join(dir, '.git'));
      found = dir;
    } catch {
      const parent = dirname(dir);
      found = parent === dir ? null : this.repoRoot(parent);
    }
    this.repoRootCache.set(dir, found);
    return found;
  }
}

function test(ig: Ignore, base: string, path: string, isDir: boolean): boolean {
  const rel = relative(base, path);
  if (!rel || rel.startsWith('..') || isAbsolute(rel)) return false;
  const posix = rel.split(sep).join('/');
  return ig.ignores(isDir ? `${posix}/` : posix);
}

function isInside(path: string, dir: string): boolean {
  const rel = relative(dir, path);
  return rel === '' || (!rel.startsWith('..') && !isAbsolute(rel));
}

function compareNames(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
