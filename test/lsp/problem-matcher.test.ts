// The `$rsplint` problem matcher the extension contributes, run over the real CLI's stylish output the
// way VS Code's task system runs a multi-line matcher (a file line, then a looping problem pattern whose
// lines without a location keep the loop going without making a problem). Every finding the JSON format
// reports must come out of the matcher with the same file, position, severity and rule.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const ROOT = resolve(__dirname, '..', '..');
const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
const matcher = pkg.contributes.problemMatchers.find((m: { name: string }) => m.name === 'rsplint');

interface Pattern { regexp: string; file?: number; line?: number; column?: number; severity?: number; message?: number; code?: number; loop?: boolean }
interface Problem { file: string; line: number; column: number; severity: string; message: string; code: string }

function runMatcher(output: string): Problem[] {
  const [first, loop] = matcher.pattern as [Pattern, Pattern];
  const head = new RegExp(first.regexp);
  const body = new RegExp(loop.regexp);
  const lines = output.split('\n');
  const problems: Problem[] = [];
  let file: string | undefined;
  const take = (m: RegExpExecArray) => {
    if (!file || !m[loop.line!]) return; // no location: VS Code makes no marker but stays in the loop
    problems.push({ file, line: Number(m[loop.line!]), column: Number(m[loop.column!]), severity: m[loop.severity!]!, message: m[loop.message!]!, code: m[loop.code!]! });
  };
  for (let i = 0; i < lines.length; i++) {
    if (file !== undefined) {
      const m = body.exec(lines[i]!);
      if (m) {
        take(m);
        continue;
      }
      file = undefined;
    }
    const h = head.exec(lines[i]!);
    const m = h && i + 1 < lines.length ? body.exec(lines[i + 1]!) : null;
    if (h && m) {
      file = h[first.file!];
      take(m);
      i++;
    }
  }
  return problems;
}

const dir = mkdtempSync(join(tmpdir(), 'rsplint-matcher-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('the $rsplint problem matcher', () => {
  it('finds every problem of the stylish output, across files and "why" lines', () => {
    writeFileSync(join(dir, 'a.md'), '# A\n\nWe will evaluate after every 4x increase in effective compute.\n');
    writeFileSync(join(dir, 'b.md'), '# B\n\n## Definitions\n\n**Effective compute** means compute times algorithmic gains measured as loss on our test set.\n\nModels above 10^26 FLOP must be reported, and we evaluate at every 2x increase in effective compute.\n');
    const cli = (format: string) => spawnSync(process.execPath, [join(ROOT, 'bin', 'rsplint.js'), '--no-color', '--format', format, 'a.md', 'b.md'], { cwd: dir, encoding: 'utf8' });
    const stylish = cli('stylish').stdout;
    const json = JSON.parse(cli('json').stdout) as Array<{ filePath: string; messages: Array<{ line: number; column: number; severity: number; ruleId: string; message: string }> }>;
    const expected = json.flatMap((f) =>
      f.messages.map((m) => ({ file: f.filePath.replace(`${dir}/`, ''), line: m.line, column: m.column, code: m.ruleId, message: m.message })),
    );
    expect(expected.length).toBeGreaterThan(6);
    expect(stylish).toMatch(/why: /); // the lines the loop has to step over
    const found = runMatcher(stylish).map(({ file, line, column, code, message }) => ({ file, line, column, code, message }));
    expect(found).toEqual(expected);
    expect(runMatcher(stylish).every((p) => ['error', 'warning', 'info'].includes(p.severity))).toBe(true);
  });
});
