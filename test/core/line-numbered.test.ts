// Bills printed from PDFs carry a line number at the start of every line and break words across lines
// (issue 10, cause 3). In plain text the numbers are read as blank and broken words are joined, with every
// range still on the author's characters.
import { describe, expect, it } from 'vitest';
import { analyze } from '../../server/src/lint';

const lines = [
  'HOUSE BILL 2231',
  'A BILL FOR AN ACT',
  'relating to the safety of frontier artificial intelligence models.',
  'SECTION 2. Definitions. As used in this Act:',
  '(1) "Covered model" means an artificial intelligence model trained',
  'using a quantity of training compute greater than 10^26 integer or float-',
  'ing-point operations, counting pre-training and all fine-tuning.',
  '(2) "Developer" means a person that trains a covered model.',
  'SECTION 3. Duties. A developer shall publish a safety plan before',
  'training a covered model and shall update it each year.',
  'SECTION 4. Effective date. This Act takes effect on January 1, 2027.',
];

describe('a line-numbered bill in plain text', () => {
  const text = lines.map((l, i) => `${String(i + 1).padEnd(3)}${l}`).join('\n') + '\n';

  it('reads the threshold across the line break, with its range on the author\'s text', () => {
    const a = analyze(text, { language: 'plaintext' });
    const m = a.mentions.find((x) => x.kind === 'absolute-compute');
    expect(m).toBeDefined();
    expect(text.slice(m!.start, m!.end)).toBe(m!.text);
    expect(m!.text).toMatch(/^greater than 10\^26 integer or float-\n7  ing-point operations$/);
    expect(m!.facets.counting.state).toBe('stated');
  });

  it('leaves prose that merely starts some lines with a number alone', () => {
    const prose = 'We set 3 thresholds.\n\n10 people review every 4x increase in effective compute.\n';
    const a = analyze(prose, { language: 'plaintext' });
    expect(a.mentions.some((m) => m.kind === 'relative-effective-compute')).toBe(true);
  });
});
