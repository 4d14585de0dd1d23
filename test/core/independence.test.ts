// Each document is analysed on its own: nothing one analysis leaves behind (a shared pattern's lastIndex,
// a cache keyed too loosely) may change the findings of the next. The CLI lints many files in one
// process and the server many documents; a file's findings must not depend on which files came before.
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../server/src/lint';

const root = resolve(__dirname, '..', '..');
const dirs = [join(root, 'test', 'corpus', 'absorbed'), join(root, 'test', 'fixtures')];

function drafts(): Array<{ name: string; text: string }> {
  const out: Array<{ name: string; text: string }> = [];
  for (const dir of dirs) {
    for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
      if (!entry.isFile() || !/\.(?:md|txt)$/.test(entry.name) || entry.name === 'README.md') continue;
      const path = join(entry.parentPath, entry.name);
      out.push({ name: path.slice(root.length + 1), text: readFileSync(path, 'utf8') });
    }
  }
  return out;
}

function findings(name: string, text: string): string {
  const a = analyze(text, { language: name.endsWith('.txt') ? 'plaintext' : 'markdown' });
  return a.findings.map((f) => `${f.start}:${f.ruleId}:${f.severity}`).join('\n');
}

describe('analyses are independent of each other', () => {
  it('gives every draft the same findings whether the others are analysed before it or after', () => {
    const all = drafts();
    expect(all.length).toBeGreaterThan(50);
    const forward = new Map(all.map((d) => [d.name, findings(d.name, d.text)]));
    const backward = new Map([...all].reverse().map((d) => [d.name, findings(d.name, d.text)]));
    const differing = all.filter((d) => forward.get(d.name) !== backward.get(d.name)).map((d) => d.name);
    expect(differing).toEqual([]);
  });
});
