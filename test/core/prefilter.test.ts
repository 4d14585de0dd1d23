// The first pass (core/prefilter.ts) may skip a document only when the full analysis would find nothing
// in it. These tests run the full analysis with the first pass switched off and check that every
// document with a mention, definition or finding passes it: whole documents, each of their paragraphs
// alone, and generated Markdown.
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { testDocuments } from './corpus-files';
import { describe, expect, it } from 'vitest';
import { analyze, type LintOptions } from '../../server/src/lint';
import { mayHaveFindings } from '../../server/src/core/prefilter';
import { fuzzParams, fuzzTimeout, markdownDocument, policyWithNoise } from '../robustness/arbitraries';

const DOCUMENTS = testDocuments().map((path) => ({ path, text: readFileSync(path, 'utf8') }));

/** What the full analysis reports, with the first pass switched off. */
const ENGINE_TERMS = /^(?:effective compute|training compute|compute-equivalent gain)$|more (?:capable|performant)|(?:increases?|jumps?|improvements?|gains?) in|algorithmic (?:breakthrough|advance)/;

function holdsSomething(text: string, language: LintOptions['language'] = 'markdown'): boolean {
  const a = analyze(text, { language, skipPrefilter: true, reportUnusedDisableDirectives: true });
  // A definition of a term the engine looks for counts; a document's own glossary of other terms (a
  // "Safety Board" entry) matters only once a mention uses it, and then the mention is here.
  return a.mentions.length > 0 || a.definitions.some((d) => ENGINE_TERMS.test(d.term)) || a.findings.length > 0;
}

describe('the first pass never skips a document with something to report', () => {
  it('finds the fixtures and corpus documents worth analysing', () => {
    expect(DOCUMENTS.length).toBeGreaterThan(30);
    const missed = DOCUMENTS.filter((d) => holdsSomething(d.text) && !mayHaveFindings(d.text)).map((d) => d.path);
    expect(missed).toEqual([]);
  });

  it('passes every paragraph that holds something on its own, in Markdown and plain text', () => {
    const missed: string[] = [];
    let checked = 0;
    for (const d of DOCUMENTS) {
      for (const paragraph of d.text.split(/\n[ \t]*\n/)) {
        for (const language of ['markdown', 'plaintext'] as const) {
          if (!holdsSomething(paragraph, language)) continue;
          checked++;
          if (!mayHaveFindings(paragraph)) missed.push(`${d.path} (${language}): ${paragraph.slice(0, 120)}`);
        }
      }
    }
    expect(checked).toBeGreaterThan(300);
    expect(missed).toEqual([]);
  });

  it('passes generated Markdown and policy text with noise whenever the analysis finds something', () => {
    fc.assert(
      fc.property(fc.oneof(markdownDocument, policyWithNoise), fc.constantFrom<LintOptions['language']>('markdown', 'plaintext'), (text, language) => {
        if (holdsSomething(text, language)) expect(mayHaveFindings(text)).toBe(true);
      }),
      fuzzParams(300),
    );
  }, fuzzTimeout(300));

  it('handles CRLF and lone CR paragraphs like LF ones', () => {
    const lines = ['Installation notes.', '', 'Every 4x increase in effective compute triggers an evaluation.', '', 'More notes.'];
    for (const eol of ['\n', '\r\n', '\r']) expect(mayHaveFindings(lines.join(eol))).toBe(true);
  });
});

describe('the first pass skips what is not policy text', () => {
  it('skips ordinary documentation', () => {
    const readme = [
      '# fast-widget',
      '',
      'Install it with `npm install fast-widget`. It is 2x faster than v1 on large inputs.',
      '',
      'The default timeout is effective immediately; see the changelog for breaking changes.',
      '',
      '| option | default |',
      '|---|---|',
      '| retries | 3 |',
    ].join('\n');
    expect(holdsSomething(readme)).toBe(false);
    expect(mayHaveFindings(readme)).toBe(false);
  });

  it('looks at the words of one paragraph together, not at words scattered over the document', () => {
    const scattered = '# Notes\n\nThis release is 2x faster.\n\nWe thank the research team.\n';
    expect(mayHaveFindings(scattered)).toBe(false);
    expect(mayHaveFindings('This release gives a 2x increase in research throughput.\n')).toBe(true);
  });
});
