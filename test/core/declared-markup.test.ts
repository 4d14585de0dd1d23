// A document's own legend decides what its markup means (corpus rule 11: struck text is not in force).
import { describe, expect, it } from 'vitest';
import { analyze } from '../../server/src/lint';
import { parseDocument } from '../../server/src/core/document';

const BILL = [
  '(Matter in *italics* is added by the Assembly amendments. Matter in [brackets] is deleted.)',
  '',
  '(1) An artificial intelligence model trained using [a quantity of computing power] *training compute*',
  'greater than [10^26] *3 x 10^26* integer or floating-point operations [, or an equivalent amount of',
  'effective compute as determined by the department].',
  '',
].join('\n');

describe('a legend that declares bracketed matter deleted', () => {
  it('reads the bracketed thresholds and terms as struck text', () => {
    const phrases = analyze(BILL).mentions.map((m) => m.phrase);
    expect(phrases.some((p) => p.includes('3 x 10^26'))).toBe(true);
    expect(phrases.some((p) => /^(?:greater than )?10\^26/.test(p))).toBe(false);
    expect(phrases.some((p) => /effective compute/i.test(p))).toBe(false);
  });

  it('leaves brackets alone where no legend declares them deleted', () => {
    const phrases = analyze(BILL.split('\n').slice(2).join('\n')).mentions.map((m) => m.phrase);
    expect(phrases.some((p) => /effective compute/i.test(p))).toBe(true);
  });
});

describe('a plain-text title in capitals', () => {
  it('is a heading (section context), not a sentence', () => {
    const text = 'SECTION B - EFFECTIVE COMPUTE TRIGGERS (SCALING POLICY S.3)\n\nB1  Effective compute of the current checkpoint: ______ x\n';
    const doc = parseDocument(text, 'plaintext');
    expect(doc.blocks[0]!.kind).toBe('heading');
    expect(doc.blocks[1]!.section.titles.at(-1)).toMatch(/EFFECTIVE COMPUTE TRIGGERS/);
  });

  it('but an operative sentence in capitals stays text', () => {
    const doc = parseDocument('NO DEVELOPER SHALL TRAIN A MODEL ABOVE 10^26 FLOP\n', 'plaintext');
    expect(doc.blocks[0]!.kind).toBe('paragraph');
  });
});
