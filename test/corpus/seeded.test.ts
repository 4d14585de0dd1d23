// Analyst rules on drafts seeded with the problems their docs pages describe, written in other words by a
// helper who never saw the engine (test/corpus/seeded/<set>/seeds.json), with control lines where each
// rule must stay quiet (controls.json). First measured blind (README.md › Accuracy), then tuned on: these
// floors guard against regressions; they do not measure generalisation.
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = resolve(__dirname, '..', '..');

interface Seed {
  file: string;
  line: number;
  rule: string;
  note: string;
}

describe.each(readdirSync(join(__dirname, 'seeded')))('seeded set %s', (set) => {
  const dir = join(__dirname, 'seeded', set);
  const files = readdirSync(dir).filter((f) => f.endsWith('.md')).map((f) => join(dir, f));
  const cli = spawnSync(process.execPath, [join(root, 'bin', 'rsplint.js'), '--format', 'json', ...files], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  const reported = new Set<string>();
  for (const result of JSON.parse(cli.stdout) as { filePath: string; messages: { ruleId: string | null; line: number }[] }[]) {
    for (const m of result.messages) if (m.ruleId) reported.add(`${basename(result.filePath)}:${m.line}:${m.ruleId}`);
  }
  const seeds = JSON.parse(readFileSync(join(dir, 'seeds.json'), 'utf8')) as Seed[];
  const controls = JSON.parse(readFileSync(join(dir, 'controls.json'), 'utf8')) as Seed[];
  const key = (s: Seed) => `${s.file}:${s.line}:${s.rule}`;

  it('catches at least 90% of the seeded problems with the rule that describes them', () => {
    const missed = seeds.filter((s) => !reported.has(key(s)));
    expect(1 - missed.length / seeds.length, `missed: ${missed.map(key).join(', ')}`).toBeGreaterThanOrEqual(0.9);
  });

  it('reports nothing on the control lines', () => {
    expect(controls.filter((c) => reported.has(key(c))).map(key)).toEqual([]);
  });
});
