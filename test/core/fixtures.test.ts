// Fixture drafts in, expected findings out: each test/fixtures/<name>.md|.txt has <name>.expected beside
// it, one finding per line as a reviewer reads them: "line:col-line:col severity rule-id message".
// Regenerate after a deliberate change with UPDATE_FIXTURES=1 and review the diff like code.
import { readdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../server/src/lint';
import { ANALYST_RULES } from '../../server/src/rules';

const dir = join(__dirname, '..', 'fixtures');
// Drafts at the top level, and one fixture per analyst rule under rules/<rule-id>.md.
const drafts = [
  ...readdirSync(dir).filter((f) => /\.(md|txt)$/.test(f)),
  ...readdirSync(join(dir, 'rules')).filter((f) => /\.(md|txt)$/.test(f)).map((f) => `rules/${f}`),
];

function lineCol(text: string, offset: number): string {
  const before = text.slice(0, offset);
  const line = before.split(/\r\n|\r|\n/).length;
  const col = offset - Math.max(before.lastIndexOf('\n'), before.lastIndexOf('\r')) ;
  return `${line}:${col}`;
}

export function render(text: string, language: 'markdown' | 'plaintext'): string {
  const { findings } = analyze(text, { language, reportUnusedDisableDirectives: true });
  return findings.map((f) => `${lineCol(text, f.start)}-${lineCol(text, f.end)} ${f.severity} ${f.ruleId} ${f.message}`).join('\n') + '\n';
}

describe('analyst rule fixtures', () => {
  it.each(ANALYST_RULES.map((r) => [r.meta.id] as const))('%s has a fixture whose expected findings include it', (id) => {
    const expected = join(dir, 'rules', `${id}.expected`);
    expect(existsSync(join(dir, 'rules', `${id}.md`)), `test/fixtures/rules/${id}.md is missing`).toBe(true);
    expect(existsSync(expected) && readFileSync(expected, 'utf8').includes(` ${id} `), `${id}.expected reports no ${id} finding`).toBe(true);
  });
});

describe('fixture drafts', () => {
  for (const name of drafts) {
    it(`reports exactly the expected findings in ${name}`, () => {
      const text = readFileSync(join(dir, name), 'utf8');
      const actual = render(text, name.endsWith('.txt') ? 'plaintext' : 'markdown');
      const expectedPath = join(dir, name.replace(/\.(md|txt)$/, '.expected'));
      if (process.env.UPDATE_FIXTURES) writeFileSync(expectedPath, actual);
      expect(actual).toBe(readFileSync(expectedPath, 'utf8'));
    });
  }
});
