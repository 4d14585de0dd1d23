// A threshold table's cell is read under its column header (issue 10, cause 4): a bare "≥ 4x" in the
// column "EC relative to the LFEM" is a threshold on effective compute; the same cell under another
// header is not.
import { describe, expect, it } from 'vitest';
import { analyze } from '../../server/src/lint';

const table = (header: string): string =>
  [
    '# Policy',
    '',
    '**Effective compute (EC).** We use EC as our yardstick: the compute our reference recipe would need for the same loss.',
    '',
    `| Tier | ${header} | What we do |`,
    '|---|---|---|',
    '| T1 | ≥ 2x | Targeted evaluations |',
    '| T2 | ≥ 4x | Full evaluation suite |',
    '',
  ].join('\n');

describe('threshold table cells', () => {
  it('reads a bare multiple under an effective-compute column as a threshold on effective compute', () => {
    const text = table('EC relative to the last fully evaluated model');
    const cells = analyze(text).mentions.filter((m) => /≥ \dx/.test(m.text));
    expect(cells.map((m) => [m.text, m.kind, m.role])).toEqual([
      ['≥ 2x', 'relative-effective-compute', 'trigger'],
      ['≥ 4x', 'relative-effective-compute', 'trigger'],
    ]);
    // Its reference point is read from the header.
    expect(cells[1]!.facets.reference.state).toBe('stated');
  });

  it('leaves the same cells alone under a header that names something else', () => {
    const text = table('Inference speed-up');
    expect(analyze(text).mentions.filter((m) => /≥ \dx/.test(m.text))).toEqual([]);
  });
});
