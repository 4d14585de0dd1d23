// --fix: deterministic fixes only, written back without touching anything else the author wrote.
import { mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ensureBuilt, rsplint } from './helpers';

beforeAll(() => ensureBuilt());

const DRAFT = [
  '# Reporting',
  '',
  'Any model trained using greater than 1026 integer or floating-point operations must be reported.',
  '',
  'We will evaluate after every 4x increase in effective compute.',
  '',
].join('\n');

describe('--fix', () => {
  it('rewrites a flattened exponent, keeps every other byte, and never inserts placeholder text', () => {
    const cwd = mkdtempSync(join(tmpdir(), 'rsplint-fix-'));
    writeFileSync(join(cwd, 'policy.md'), DRAFT);
    const { code, stdout } = rsplint(['--fix', '--format', 'json', 'policy.md'], { cwd });
    const after = readFileSync(join(cwd, 'policy.md'), 'utf8');
    expect(after).toBe(DRAFT.replace('1026', '10^26'));
    expect(after).not.toContain('⟨');
    const messages = JSON.parse(stdout)[0].messages as { ruleId: string }[];
    // What is left is reported as usual: the fixed exponent is gone, the facet findings are not.
    expect(messages.map((m) => m.ruleId)).not.toContain('pdf-flattened-exponent');
    expect(messages.map((m) => m.ruleId)).toContain('missing-reference');
    expect(code).toBe(1);
  });

  it('never writes through a symbolic link that leads outside the working directory', () => {
    const outside = mkdtempSync(join(tmpdir(), 'rsplint-fix-outside-'));
    writeFileSync(join(outside, 'victim.md'), DRAFT);
    const cwd = mkdtempSync(join(tmpdir(), 'rsplint-fix-'));
    symlinkSync(join(outside, 'victim.md'), join(cwd, 'policy.md'));
    const { stderr } = rsplint(['--fix', 'policy.md'], { cwd });
    expect(readFileSync(join(outside, 'victim.md'), 'utf8')).toBe(DRAFT);
    expect(stderr).toContain('policy.md: not fixed: it is a symbolic link to');
  });

  it('keeps a byte-order mark, and does not rewrite a file that is not clean UTF-8', () => {
    const cwd = mkdtempSync(join(tmpdir(), 'rsplint-fix-'));
    writeFileSync(join(cwd, 'bom.md'), `\ufeff${DRAFT}`);
    const latin1 = Buffer.concat([Buffer.from(DRAFT), Buffer.from([0xe9, 0x0a])]);
    writeFileSync(join(cwd, 'latin1.md'), latin1);
    const { stderr } = rsplint(['--fix', 'bom.md', 'latin1.md'], { cwd });
    expect(readFileSync(join(cwd, 'bom.md'), 'utf8')).toBe(`\ufeff${DRAFT.replace('1026', '10^26')}`);
    expect(readFileSync(join(cwd, 'latin1.md')).equals(latin1)).toBe(true);
    expect(stderr).toMatch(/latin1\.md: not fixed: the file is not plain UTF-8/);
  });
});
