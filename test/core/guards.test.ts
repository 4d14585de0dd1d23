// A guard is a cheap test that every match of its pattern must pass (core/patterns.ts guard()). A guard
// that rejects a text its pattern matches would silently drop mentions, so each is checked here on every
// sentence of the fixtures and the corpus, and on generated text.
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { testDocuments } from './corpus-files';
import { describe, expect, it } from 'vitest';
import { guardedPatterns } from '../../server/src/core/patterns';
import '../../server/src/rules';
import { fuzzParams, fuzzTimeout, markdownDocument, PHRASES, policyWithNoise } from '../robustness/arbitraries';

const TEXTS = testDocuments()
  .flatMap((path) => readFileSync(path, 'utf8').split(/(?<=[.;:!?])\s+|\n/))
  .concat(PHRASES);

/** Texts the pattern matches that its guard rejects. */
function escapes(re: RegExp, test: RegExp, texts: readonly string[]): string[] {
  const once = new RegExp(re.source, re.flags.replace('g', ''));
  return texts.filter((t) => once.test(t) && !test.test(t));
}

describe('pattern guards', () => {
  const guarded = guardedPatterns();

  it('cover the hot patterns of mentions, definitions and the document-level checks', () => {
    expect(guarded.length).toBeGreaterThanOrEqual(20);
  });

  it('never reject a sentence of the fixtures or the corpus that their pattern matches', () => {
    let matched = 0;
    for (const [re, test] of guarded) {
      expect(escapes(re, test, TEXTS), re.source.slice(0, 80)).toEqual([]);
      matched += TEXTS.filter((t) => new RegExp(re.source, re.flags.replace('g', '')).test(t)).length;
    }
    expect(matched).toBeGreaterThan(500);
  });

  it('never reject generated policy text or Markdown that their pattern matches', () => {
    fc.assert(
      fc.property(fc.oneof(markdownDocument, policyWithNoise), (text) => {
        for (const [re, test] of guarded) expect(escapes(re, test, [text]), re.source.slice(0, 80)).toEqual([]);
      }),
      fuzzParams(300),
    );
  }, fuzzTimeout(300));

  it('are case-insensitive with the same Unicode folding as their pattern', () => {
    for (const [re, test] of guarded) {
      if (re.flags.includes('i')) expect(test.flags, re.source.slice(0, 80)).toContain('i');
      if (re.flags.includes('u')) expect(test.flags, re.source.slice(0, 80)).toContain('u');
    }
  });
});
