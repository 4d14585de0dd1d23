// --format markdown: the threshold summary a reviewer pastes into a review.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ensureBuilt, rsplint } from './helpers';

beforeAll(() => ensureBuilt());

describe('--format markdown', () => {
  it('prints a table of every threshold with each facet stated or missing, and the findings', () => {
    const cwd = mkdtempSync(join(tmpdir(), 'rsplint-md-'));
    writeFileSync(
      join(cwd, 'policy.md'),
      '# Policy\n\n**Effective compute** means compute measured on held-out cross-entropy loss.\n\nWe evaluate after every 4x increase in effective compute.\n\nAny model trained with more than 10^26 FLOP is covered.\n',
    );
    const { code, stdout } = rsplint(['--format', 'markdown', 'policy.md'], { cwd });
    expect(code).toBe(1);
    expect(stdout).toContain('## Threshold summary: policy.md');
    expect(stdout).toContain('| Line | Phrase | What it is | Value | Baseline | Benchmark | Scale | Post-training | Reference | Counting |');
    // Kinds and roles in words, not internal ids (issue 11 §5).
    expect(stdout).toMatch(/\| 5 \| after every 4x increase in effective compute \| trigger: multiple of effective compute \| after every 4x \| ✗ \| ✓ l\. 3 \| ✗ \| ✗ \| ✗ \| — \|/);
    expect(stdout).toMatch(/\| 7 \| more than 10\^26 FLOP \| trigger: compute threshold \| more than 10\^26 \| — \| — \| — \| — \| — \| ✗ \|/);
    expect(stdout).not.toMatch(/relative-effective-compute|absolute-compute/);
    expect(stdout).toContain('### Findings');
    expect(stdout).toMatch(/- line 5: \*\*missing-reference\*\* \(error\)/);
  });

  it('says so when a file has no threshold language', () => {
    const cwd = mkdtempSync(join(tmpdir(), 'rsplint-md-'));
    writeFileSync(join(cwd, 'notes.md'), 'The committee meets every three months.\n');
    const { code, stdout } = rsplint(['--format', 'markdown', 'notes.md'], { cwd });
    expect(code).toBe(0);
    expect(stdout).toContain('No threshold language found.');
  });
});
