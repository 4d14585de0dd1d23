// The absorbed gold is written by helpers in two places at once: a facet value and a note giving the reason.
// Three sets were found with the values swapped against their own notes (drafts-gc 01, drafts-fs 03,
// drafts-ba 01: "scale missing" in the note, "present" in the value). This check keeps a newly absorbed set
// from carrying that clerical slip into the regression floors: a note that says a facet is missing, and
// never that it is present, must not sit on a "present" value.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const FACET_WORDS: Record<string, string> = {
  baseline: 'baseline',
  benchmark: 'benchmark',
  scale: 'scale',
  postTraining: 'post-?training',
  reference: 'reference',
  counting: 'counting',
};

interface GoldEntry {
  file: string;
  line: number;
  facets: Record<string, string>;
  note?: string;
}

/** "<facet> missing" said in the note, and "<facet> present" not said. */
function contradictions(entry: GoldEntry): string[] {
  const note = (entry.note ?? '').toLowerCase();
  const out: string[] = [];
  for (const [facet, word] of Object.entries(FACET_WORDS)) {
    const saysMissing = new RegExp(`\\b${word}\\s*(?:=|:|is|facet)?\\s*missing\\b`).test(note);
    const saysPresent = new RegExp(`\\b${word}\\s*(?:=|:|is)?\\s*present\\b`).test(note);
    if (saysMissing && !saysPresent && entry.facets[facet] === 'present') out.push(`${entry.file}:${entry.line} ${facet}`);
  }
  return out;
}

const dir = join(__dirname, 'absorbed');

describe('absorbed gold agrees with its own notes', () => {
  it('finds the slip it is for', () => {
    expect(contradictions({ file: 'x.md', line: 1, facets: { scale: 'present' }, note: 'Definition: only scale missing.' })).toEqual(['x.md:1 scale']);
    expect(contradictions({ file: 'x.md', line: 1, facets: { scale: 'missing' }, note: 'Definition: only scale missing.' })).toEqual([]);
  });

  it.each(readdirSync(dir))('%s', (set) => {
    const gold = JSON.parse(readFileSync(join(dir, set, 'gold.json'), 'utf8')) as GoldEntry[];
    expect(gold.flatMap(contradictions)).toEqual([]);
  });
});
