// The built CLI (bin/rsplint.js) on inputs that go wrong all at once: every unusable path is named on
// stderr with its reason, the good files are still linted, the exit code is 2, and stdout stays valid
// JSON or SARIF whatever happened. test/cli covers each failure on its own; these tests mix them, add
// the special files (a FIFO, a dangling or self-referential link, an unreadable file) and check that
// line/column output counts UTF-16 code units across every kind of line ending.
import Ajv from 'ajv';
import addFormats from 'ajv-formats';
import fc from 'fast-check';
import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { analyze } from '../../server/src/lint';
// test/cli's build-on-demand (with its lock against parallel builds), so the CLI under test is built
// from the same sources as the in-process analyze() the column test compares it with.
import { ensureBuilt } from '../cli/helpers';
import { fuzzRuns, fuzzTimeout, sentence } from './arbitraries';
import { ROOT } from './isolate';

const BIN = join(ROOT, 'bin/rsplint.js');
const TRIGGER = 'We will evaluate after every 4x increase in effective compute.';
const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;

let dir: string;

function cli(args: string[], options: { input?: string | Uint8Array; cwd?: string } = {}): SpawnSyncReturns<string> {
  const result = spawnSync(process.execPath, [BIN, ...args], {
    cwd: options.cwd ?? dir,
    input: options.input,
    encoding: 'utf8',
    // A FIFO or a link loop must not hang the CLI; if it does, this fails the test instead of the suite.
    timeout: 20_000,
    maxBuffer: 64 * 1024 * 1024,
    env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: undefined },
  });
  if (result.error) throw result.error;
  return result;
}

interface JsonResult {
  filePath: string;
  messages: { ruleId: string; line: number; column: number; endLine: number; endColumn: number }[];
  errorCount: number;
  warningCount: number;
}

function write(name: string, content: string | Uint8Array): string {
  const path = join(dir, name);
  mkdirSync(join(path, '..'), { recursive: true });
  writeFileSync(path, content);
  return path;
}

/** The stderr line for one path, or undefined. */
function stderrLine(stderr: string, name: string): string | undefined {
  return stderr.split('\n').find((l) => l.startsWith(`rsplint: ${name}: `));
}

beforeAll(() => {
  ensureBuilt();
  dir = mkdtempSync(join(tmpdir(), 'rsplint-cli-robustness-'));
  write('good.md', `# Policy\n\n${TRIGGER}\n`);
  write('also-good.txt', `${TRIGGER}\n`);
  write('binary.md', Uint8Array.of(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52));
  symlinkSync('nowhere.md', join(dir, 'dangling.md'));
  symlinkSync('self-link.md', join(dir, 'self-link.md'));
  // A FIFO has no writer here: a CLI that opens it blindly blocks for ever.
  const fifo = spawnSync('mkfifo', [join(dir, 'pipe.md')]);
  if (fifo.status !== 0) throw new Error(`mkfifo failed: ${fifo.stderr}`);
  // A directory whose child links back to it.
  write('tree/inner.md', `# Inner\n\n${TRIGGER}\n`);
  symlinkSync('..', join(dir, 'tree', 'loop'));
});

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

const BAD = [
  { arg: 'missing.md', reason: /no such file or directory/ },
  { arg: 'binary.md', reason: /binary/ },
  { arg: 'dangling.md', reason: /no such file or directory/ },
  { arg: 'self-link.md', reason: /symbolic link/ },
  { arg: 'pipe.md', reason: /not a regular file/ },
];
const GOOD = ['good.md', 'also-good.txt'];

describe('the CLI when some inputs cannot be read', () => {
  it('names every bad path with its reason on stderr, lints the rest, exits 2, and prints parseable JSON', () => {
    const args = ['--format', 'json', GOOD[0]!, ...BAD.map((b) => b.arg), GOOD[1]!, 'tree'];
    const r = cli(args);
    expect(r.status).toBe(2);
    for (const b of BAD) expect(stderrLine(r.stderr, b.arg), `stderr:\n${r.stderr}`).toMatch(b.reason);
    // The loop inside tree/ is reported, not followed for ever.
    expect(r.stderr).toMatch(/^rsplint: tree\/loop.*(symbolic link loop|too many levels)/m);
    const results = JSON.parse(r.stdout) as JsonResult[];
    for (const good of [...GOOD, 'tree/inner.md']) {
      const entry = results.find((e) => e.filePath === join(dir, good));
      expect(entry, `${good} missing from the JSON output`).toBeDefined();
      expect(entry!.messages.some((m) => m.ruleId === 'missing-reference')).toBe(true);
    }
  });

  it('prints SARIF that validates against the 2.1.0 schema and reports the failures as notifications', () => {
    const r = cli(['--format', 'sarif', ...GOOD, ...BAD.map((b) => b.arg), 'tree']);
    expect(r.status).toBe(2);
    const sarif = JSON.parse(r.stdout);
    const schema = JSON.parse(readFileSync(join(ROOT, 'test/cli/sarif-schema-2.1.0.json'), 'utf8'));
    // The committed schema is draft-04; Ajv 8 validates it once its draft markers are removed.
    delete schema.$schema;
    delete schema.id;
    const ajv = new Ajv({ allErrors: true, strict: false, unicodeRegExp: false });
    addFormats(ajv);
    const validate = ajv.compile(schema);
    expect(validate(sarif), JSON.stringify(validate.errors?.slice(0, 3))).toBe(true);
    const run = sarif.runs[0];
    const results = run.results as { ruleId: string; locations: { physicalLocation: { artifactLocation: { uri: string } } }[] }[];
    for (const good of GOOD) expect(results.some((x) => x.locations[0]!.physicalLocation.artifactLocation.uri.endsWith(good))).toBe(true);
    const notes = JSON.stringify(run.invocations ?? []);
    for (const b of BAD) expect(notes).toContain(b.arg);
  });

  it('keeps stdout parseable with --format json when every input is bad', () => {
    const r = cli(['--format', 'json', ...BAD.map((b) => b.arg)]);
    expect(r.status).toBe(2);
    expect(() => JSON.parse(r.stdout)).not.toThrow();
    expect(r.stderr.trim().split('\n').length).toBeGreaterThanOrEqual(BAD.length);
  });

  it('refuses binary data on standard input with a message naming <stdin>, as valid JSON', () => {
    const r = cli(['--format', 'json', '-', 'good.md'], { input: Uint8Array.of(0x7f, 0x45, 0x4c, 0x46, 0, 1, 2, 0) });
    expect(r.status).toBe(2);
    expect(stderrLine(r.stderr, '<stdin>')).toMatch(/binary/);
    const results = JSON.parse(r.stdout) as JsonResult[];
    expect(results.find((e) => e.filePath === join(dir, 'good.md'))?.messages.length).toBeGreaterThan(0);
  });

  it.skipIf(isRoot)('names an unreadable file (permission denied) and lints the others', () => {
    const path = write('locked.md', `${TRIGGER}\n`);
    chmodSync(path, 0o000);
    try {
      const r = cli(['--format', 'json', 'locked.md', 'good.md']);
      expect(r.status).toBe(2);
      expect(stderrLine(r.stderr, 'locked.md')).toMatch(/permission denied/);
      expect(JSON.parse(r.stdout).some((e: JsonResult) => e.filePath === join(dir, 'good.md'))).toBe(true);
    } finally {
      chmodSync(path, 0o644);
    }
  });
  // Running as root (as in this project's CI container), chmod 000 does not stop reading: the case
  // above is skipped there, and the FIFO and link cases stand in for "cannot be read".
});

describe('line and column output', () => {
  /** Line starts under LSP rules: \n, \r\n and a lone \r each end a line. Independent of the CLI's code. */
  function lineStarts(text: string): number[] {
    const starts = [0];
    for (let i = 0; i < text.length; i++) {
      const c = text[i];
      if (c === '\r' && text[i + 1] === '\n') continue;
      if (c === '\n' || c === '\r') starts.push(i + 1);
    }
    return starts;
  }
  function position(starts: number[], offset: number): [number, number] {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return [lo + 1, offset - starts[lo]! + 1];
  }

  it('counts columns in UTF-16 code units after astral characters, CRLF, lone CR and a BOM', () => {
    const prefix = fc.constantFrom('', '😀', '𝐀𝐁 ', '🏳️‍🌈 ', 'e\u0301 ', '\t');
    const eol = fc.constantFrom('\n', '\r\n', '\r');
    const doc = fc
      .tuple(fc.boolean(), fc.array(fc.tuple(prefix, fc.oneof(sentence, fc.constant(TRIGGER)), eol), { minLength: 1, maxLength: 6 }))
      .map(([bom, lines]) => (bom ? '\uFEFF' : '') + `# Policy${lines[0]![2]}` + lines.map(([p, s, e]) => `${p}${s}${e}${e}`).join(''))
      // A NUL byte makes the CLI refuse the file as binary (exit 2, tested on its own above); this test is
      // about columns, and a sentence with noise in it would otherwise fail it about once in ten runs.
      .filter((d) => !d.includes('\u0000'));
    // One CLI run over many generated files keeps this fast.
    const docs = fc.sample(doc, { numRuns: fuzzRuns(25) });
    docs.push('\uFEFF😀 ' + TRIGGER + '\r\r😀😀' + TRIGGER + '\r\n', 'a\rb\r\n\r\n𝐀' + TRIGGER);
    const names = docs.map((text, i) => {
      write(`columns/doc-${i}.md`, text);
      return `columns/doc-${i}.md`;
    });
    const r = cli(['--format', 'json', ...names]);
    expect([0, 1]).toContain(r.status);
    const results = JSON.parse(r.stdout) as JsonResult[];
    docs.forEach((raw, i) => {
      // The CLI reads files as an editor does: the BOM is not part of the text.
      const text = raw.startsWith('\uFEFF') ? raw.slice(1) : raw;
      const starts = lineStarts(text);
      const expected = analyze(text, { language: 'markdown' })
        .findings.map((f) => [f.ruleId, ...position(starts, f.start), ...position(starts, f.end)].join(':'))
        .sort();
      const entry = results.find((e) => e.filePath === join(dir, names[i]!));
      const actual = (entry?.messages ?? []).map((m) => [m.ruleId, m.line, m.column, m.endLine, m.endColumn].join(':')).sort();
      expect(actual, `document ${JSON.stringify(raw)}`).toEqual(expected);
    });
  }, fuzzTimeout(25));
});
