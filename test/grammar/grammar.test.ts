// Runs the TextMate grammar tests (test/grammar/*.test.md, scope assertions written under each line)
// with vscode-tmgrammar-test, against VS Code's own Markdown grammar plus the injection that
// package.json contributes, so `npm test` fails when a highlight appears in code or disappears in prose.
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(__dirname, '..', '..');
const CLI = join(ROOT, 'node_modules', 'vscode-tmgrammar-test', 'dist', 'unit.js');
const fixtures = readdirSync(__dirname).filter((f) => f.endsWith('.test.md'));

describe('the threshold-language injection grammar', () => {
  it.each(fixtures)('scopes every assertion in %s', (fixture) => {
    const run = spawnSync(process.execPath, [CLI, '--compact', '-g', 'test/grammar/markdown.tmLanguage.json', `test/grammar/${fixture}`], {
      cwd: ROOT,
      encoding: 'utf8',
    });
    // Markdown's grammar embeds dozens of languages this test does not load; their warnings are noise.
    const report = `${run.stdout}\n${run.stderr}`.split('\n').filter((l) => l.trim() && !l.startsWith('grammar not found')).join('\n');
    expect(report).not.toMatch(/ERROR|failed/i);
    expect(run.status, report).toBe(0);
    expect(report).toContain(`${fixture} run successfuly`);
  });
});
