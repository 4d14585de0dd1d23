// Property-based tests of the engine: for any text, analyze() returns (never throws), every range it
// reports lies inside the text, a mention's text is exactly its slice, every offered fix edits inside
// the text, and applying all fixes keeps every word of the author's and lints again cleanly.
// Budget: RSPLINT_FUZZ_RUNS (default small, for `npm test`); replay a failure with RSPLINT_FUZZ_SEED.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyze, applyFixes, type Analysis, type LintOptions } from '../../server/src/lint';
import { anyUnicode, anyUtf16, fuzzParams, fuzzTimeout, markdownDocument, PHRASES, policyWithNoise } from './arbitraries';
import { allOfferedFixes, analysisViolations, applyAllFixes, fixViolations } from './invariants';

const language = fc.constantFrom<LintOptions['language']>('markdown', 'plaintext');

/** Runs analyze and the invariants; returns what broke (an exception counts). */
function check(text: string, options: LintOptions = {}): { analysis?: Analysis; violations: string[] } {
  let analysis: Analysis;
  try {
    analysis = analyze(text, { reportUnusedDisableDirectives: true, ...options });
  } catch (error) {
    return { violations: [`analyze threw: ${error instanceof Error ? error.stack ?? error.message : String(error)}`] };
  }
  return { analysis, violations: analysisViolations(text, analysis) };
}

/** The whole contract for one text: analysis invariants, then fix-all, then the fixed text's analysis. */
function checkWithFixes(text: string, options: LintOptions = {}): string[] {
  const first = check(text, options);
  if (!first.analysis) return first.violations;
  let fixed: { fixed: string; violations: string[] };
  try {
    fixed = applyAllFixes(text, first.analysis);
  } catch (error) {
    return [...first.violations, `computing or applying the fixes threw: ${error instanceof Error ? error.stack ?? error.message : String(error)}`];
  }
  const second = check(fixed.fixed, options);
  return [...first.violations, ...fixed.violations, ...second.violations.map((v) => `after fix-all: ${v}`)];
}

describe('analyze() on arbitrary text', () => {
  it('never throws and keeps every range inside any UTF-16 string, lone surrogates included', () => {
    fc.assert(
      fc.property(anyUtf16, language, (text, lang) => {
        expect(check(text, { language: lang }).violations).toEqual([]);
      }),
      fuzzParams(150),
    );
  }, fuzzTimeout(150));

  it('never throws and keeps every range inside any string of Unicode code points', () => {
    fc.assert(
      fc.property(anyUnicode, language, (text, lang) => {
        expect(check(text, { language: lang }).violations).toEqual([]);
      }),
      fuzzParams(150),
    );
  }, fuzzTimeout(150));

  it('keeps its promises on policy sentences spliced with random Unicode', () => {
    fc.assert(
      fc.property(policyWithNoise, language, (text, lang) => {
        expect(checkWithFixes(text, { language: lang })).toEqual([]);
      }),
      fuzzParams(80),
    );
  }, fuzzTimeout(80));
});

describe('analyze() on generated Markdown drafts', () => {
  it('never throws, reports ranges inside the text, and mention text equals its slice', () => {
    fc.assert(
      fc.property(markdownDocument, (text) => {
        expect(check(text).violations).toEqual([]);
      }),
      fuzzParams(100),
    );
  }, fuzzTimeout(100));

  it('offers fixes that edit inside the text; applying all of them keeps every word and lints again', () => {
    fc.assert(
      fc.property(markdownDocument, (text) => {
        expect(checkWithFixes(text)).toEqual([]);
      }),
      fuzzParams(60),
    );
  }, fuzzTimeout(60));

  it('reads the same drafts as plain text without breaking a promise', () => {
    fc.assert(
      fc.property(markdownDocument, (text) => {
        expect(checkWithFixes(text, { language: 'plaintext' })).toEqual([]);
      }),
      fuzzParams(40),
    );
  }, fuzzTimeout(40));

  it('finds a threshold phrase at the same place whatever comes before it on the line', () => {
    // Astral characters, a BOM, CRLF or a lone CR before a mention must shift its offsets by exactly
    // their UTF-16 length: the mention's text is still the phrase.
    const prefix = fc.constantFrom('', '\uFEFF', '😀', '😀😀 ', '𝐀 ', 'e\u0301 ', '\r', '\r\n', 'a\rb ', '\u2028', 'x\u0000y ');
    fc.assert(
      fc.property(prefix, prefix, (p1, p2) => {
        const phrase = 'every 4x increase in effective compute';
        const text = `${p1}We will run the evaluations for ${p2}${phrase}.\n`;
        const at = text.indexOf(phrase);
        const { analysis, violations } = check(text);
        expect(violations).toEqual([]);
        const covering = analysis!.mentions.filter((m) => m.start >= at && m.end <= at + phrase.length);
        expect(covering.length).toBeGreaterThan(0);
        for (const m of covering) expect(phrase).toContain(m.text);
      }),
      fuzzParams(40),
    );
  }, fuzzTimeout(40));
});

describe('fix-all on the threshold phrases', () => {
  it('inserts, or rewrites only the flagged phrase: undoing the applied edits gives back the draft', () => {
    // Each phrase as a bare trigger sentence, in a draft with and without a Definitions section.
    for (const phrase of PHRASES) {
      for (const text of [`# Policy\n\nWe will pause at ${phrase}.\n`, `# Policy\n\nWe will pause at ${phrase}.\n\n## Definitions\n\nNone yet.\n`]) {
        const first = check(text);
        expect(first.violations, text).toEqual([]);
        const offered = allOfferedFixes(text, first.analysis!);
        expect(offered.flatMap((o) => fixViolations(text, o)), text).toEqual([]);
        const { text: fixed, applied } = applyFixes(text, offered.flatMap((o) => o.edits));
        // Applied edits come in document order: once the earlier ones are undone, each edit's new text
        // sits at its own start offset again.
        let restored = fixed;
        for (const e of applied) restored = restored.slice(0, e.start) + text.slice(e.start, e.end) + restored.slice(e.start + e.newText.length);
        expect(restored, phrase).toBe(text);
        expect(check(fixed).violations, fixed).toEqual([]);
      }
    }
  });
});

describe('regressions the properties found', () => {
  it('reads a footnote whose continuation lines are indented, then broken by an unindented line, in linear time', () => {
    // The footnote fast path's pattern once let "[ \t]+" and "[^\n]*" split each line's indentation in
    // every possible way: 12 such lines took minutes (found by the generated-drafts property in CI).
    const text = `Text.[^a]\n\n[^a]: x${'\n        y'.repeat(40)}\nz every 4x increase in effective compute\n`;
    const started = performance.now();
    analyze(text);
    expect(performance.now() - started).toBeLessThan(2000);
  });

  it('with a leading BOM, the sentence ends at the end of the text and no fix inserts inside a word', () => {
    const text = '\uFEFFWe will pause at every 4x increase in effective compute and more';
    const analysis = analyze(text);
    expect(analysis.mentions[0]!.sentence.end).toBe(text.length);
    expect(applyAllFixes(text, analysis).violations).toEqual([]);
  });

  it('a mention spanning inline markup reports the original text as its text', () => {
    for (const text of ['**Effective compute** means two years of progress in one.\n', 'effective compute `code` every 4x increase in effective compute.\n']) {
      const { mentions } = analyze(text);
      expect(mentions.length, text).toBeGreaterThan(0);
      for (const m of mentions) expect(m.text, text).toBe(text.slice(m.start, m.end));
    }
  });
});
