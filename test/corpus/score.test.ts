// The dev-corpus score, measured exactly as it is judged: the built CLI's JSON output scored by
// ../shared/tools/score.mjs. Skipped (with a message) where ../shared is not beside the repository.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = resolve(__dirname, '..', '..');
const shared = resolve(root, '..', 'shared');
const corpus = join(shared, 'corpus', 'dev');
const present = existsSync(join(shared, 'tools', 'score.mjs')) && existsSync(join(corpus, 'gold.json'));
if (!present) console.warn(`dev-corpus score skipped: ${shared} is not beside the repository`);

describe.skipIf(!present)('dev corpus score', () => {
  it('reaches F1 >= 0.90 and precision >= 0.90 with the scorer used for judging', () => {
    const files = readdirSync(corpus).filter((f) => f.endsWith('.md')).map((f) => join(corpus, f));
    const cli = spawnSync(process.execPath, [join(root, 'bin', 'rsplint.js'), '--format', 'json', ...files], { encoding: 'utf8' });
    expect([0, 1]).toContain(cli.status);
    const out = join(mkdtempSync(join(tmpdir(), 'rsplint-score-')), 'dev.json');
    writeFileSync(out, cli.stdout);
    const report = JSON.parse(
      execFileSync(process.execPath, [join(shared, 'tools', 'score.mjs'), '--gold', join(corpus, 'gold.json'), '--near', join(corpus, 'near_misses.json'), '--min-f1', '0.90', '--json', out], { encoding: 'utf8' }),
    );
    expect(report.overall.f1).toBeGreaterThanOrEqual(0.9);
    expect(report.overall.precision).toBeGreaterThanOrEqual(0.9);
    expect(report.nearMissHits).toBe(0);
  });
});
