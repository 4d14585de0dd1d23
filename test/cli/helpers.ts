import { afterAll, beforeAll } from 'vitest';
// Runs the BUILT command-line tool (bin/rsplint.js → dist/cli.js) the way a user or CI would.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { RULES } from '../../server/src/rules';

export const ROOT = resolve(__dirname, '../..');
const BIN = join(ROOT, 'bin/rsplint.js');
const BUNDLE = join(ROOT, 'dist/cli.js');

/** Threshold language every facet rule has something to say about. */
export const TRIGGER = 'We will evaluate after every 4x increase in effective compute.';
/** An ordinary sentence that must produce no findings. */
export const CLEAN = 'The committee meets every three months.';

/**
 * Builds the bundle when it is missing or older than the sources it is made from, so running
 * `npx vitest run test/cli` alone still tests current code. (`npm test` builds first anyway.)
 */
export function ensureBuilt(): void {
  const fresh = () => existsSync(BUNDLE) && newestSource() <= statSync(BUNDLE).mtimeMs;
  if (fresh()) return;
  // Test files run in parallel workers: one builds while the others wait for its lock to go.
  const lock = join(ROOT, 'dist', '.test-build-lock');
  mkdirSync(join(ROOT, 'dist'), { recursive: true });
  const deadline = Date.now() + 120_000;
  for (;;) {
    try {
      mkdirSync(lock);
      break;
    } catch {
      if (Date.now() > deadline) throw new Error(`gave up waiting for ${lock}; remove it if no build is running`);
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 100);
    }
  }
  try {
    if (!fresh()) execFileSync(process.execPath, ['scripts/build.mjs'], { cwd: ROOT, stdio: 'pipe' });
  } finally {
    rmSync(lock, { recursive: true, force: true });
  }
}

function newestSource(): number {
  let newest = statSync(join(ROOT, 'package.json')).mtimeMs;
  const visit = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) visit(path);
      else newest = Math.max(newest, statSync(path).mtimeMs);
    }
  };
  for (const dir of ['core', 'rules', 'cli', 'node']) {
    if (existsSync(join(ROOT, 'server/src', dir))) visit(join(ROOT, 'server/src', dir));
  }
  return newest;
}

export interface CliResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

export function rsplint(args: string[], options: { cwd: string; input?: string | Buffer; env?: Record<string, string> }): CliResult {
  const env: Record<string, string | undefined> = { ...process.env, NO_COLOR: '1' };
  delete env.FORCE_COLOR;
  Object.assign(env, options.env);
  const result = spawnSync(process.execPath, [BIN, ...args], {
    cwd: options.cwd,
    input: options.input ?? '',
    env,
    encoding: 'utf8',
    timeout: 60_000,
    maxBuffer: 64 * 1024 * 1024,
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

export function rsplintJson(args: string[], options: { cwd: string; input?: string }): { code: number | null; results: EslintResult[]; stderr: string } {
  const run = rsplint(['--format', 'json', ...args], options);
  return { code: run.code, results: JSON.parse(run.stdout) as EslintResult[], stderr: run.stderr };
}

export interface EslintMessage {
  ruleId: string | null;
  severity: 1 | 2;
  message: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  facet?: string;
  why?: string;
  fatal?: boolean;
  rsplintSeverity?: string;
  mentionId?: number;
  related: Array<{ message: string; line: number; column: number; endLine: number; endColumn: number; source?: string }>;
  suggestions: Array<{ desc: string; fix: { range: [number, number]; text: string }; edits: Array<{ line: number; column: number; endLine: number; endColumn: number; text: string }> }>;
}

export interface EslintResult {
  filePath: string;
  messages: EslintMessage[];
  errorCount: number;
  warningCount: number;
  infoCount: number;
}

/** A temporary folder with the given files (paths relative to it). Returns its path. */
export function project(files: Record<string, string | Buffer>): string {
  const dir = mkdtempSync(join(tmpdir(), 'rsplint-cli-'));
  // An empty .git marks the folder as a repository root, so no .gitignore above it applies.
  mkdirSync(join(dir, '.git'));
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), content);
  }
  return dir;
}

export function removeProject(dir: string): void {
  rmSync(dir, { recursive: true, force: true });
}

/** Config that turns every rule down to "warning", for tests about warnings. */
export const ALL_WARNINGS = JSON.stringify({ rules: Object.fromEntries(RULES.map((r) => [r.id, 'warning'])) });

/**
 * For a test file: builds the CLI before its tests and removes every temporary project it made after
 * them. Returns the function that makes one (files by relative path → content).
 */
export function useProjects(): (files: Record<string, string | Buffer>) => string {
  const dirs: string[] = [];
  beforeAll(ensureBuilt);
  afterAll(() => dirs.forEach(removeProject));
  return (files) => {
    const dir = project(files);
    dirs.push(dir);
    return dir;
  };
}
