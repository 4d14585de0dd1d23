// Every cue row is data a domain expert can audit: an id, a source, examples that state the facet and
// near-misses that do not. This runs each row's examples (textlint-tester style) and fails on a row without
// them, so a cue cannot be added or loosened without saying what it is for.
import { describe, expect, it } from 'vitest';
import { CUE_ROWS } from '../../server/src/core/judgement/cues';
import { EMBEDDED_QUESTION, NON_ASSERTIVE } from '../../server/src/core/judgement/mood';
import { ROLE_ROWS } from '../../server/src/core/judgement/roles';
import { INTRINSIC } from '../../server/src/core/judgement/intrinsic';
import { REQUIREMENTS } from '../../server/src/core/judgement/requirements';
import { mayMatch } from '../../server/src/core/patterns';
import { analyze } from '../../server/src/lint';

const matches = (re: RegExp, text: string): boolean => mayMatch(re, text) && new RegExp(re.source, re.flags.replace('g', '')).test(text);

describe('cue rows', () => {
  it('have unique ids named after their facet', () => {
    const ids = CUE_ROWS.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const r of CUE_ROWS) expect(r.id.startsWith(`${r.facet}.`), r.id).toBe(true);
  });

  it.each(CUE_ROWS.map((r) => [r.id, r] as const))('%s has a source, two stating examples and a near-miss', (_id, row) => {
    expect(row.source.length).toBeGreaterThan(10);
    expect(row.states.length).toBeGreaterThanOrEqual(2);
    expect(row.doesNotState.length).toBeGreaterThanOrEqual(1);
  });

  it.each(CUE_ROWS.flatMap((r) => r.states.map((e) => [r.id, e, r] as const)))('%s states the facet in %j', (_id, example, row) => {
    expect(matches(row.pattern, example)).toBe(true);
  });

  it.each(CUE_ROWS.flatMap((r) => r.doesNotState.map((e) => [r.id, e, r] as const)))('%s does not state it in %j', (_id, example, row) => {
    expect(matches(row.pattern, example)).toBe(false);
  });
});

describe('mood rows (a question, a TBD or a "does not say" states nothing)', () => {
  it.each(NON_ASSERTIVE.flatMap((r) => r.fires.map((e) => [r.id, e, r] as const)))('%s fires on %j', (_id, example, row) => {
    expect(row.pattern.test(example)).toBe(true);
  });
  it.each(NON_ASSERTIVE.flatMap((r) => r.doesNotFire.map((e) => [r.id, e, r] as const)))('%s stays quiet on %j', (_id, example, row) => {
    expect(row.pattern.test(example)).toBe(false);
  });
});

describe('role, intrinsic and requirement rows', () => {
  it('name their reason and source', () => {
    const ids = ROLE_ROWS.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const r of [...ROLE_ROWS, ...INTRINSIC]) {
      expect(r.id).toMatch(/^[a-z]+\.[a-z-]+$/);
      expect(r.source.length).toBeGreaterThan(10);
    }
    for (const [kind, req] of Object.entries(REQUIREMENTS)) expect(req.why.length, kind).toBeGreaterThan(5);
  });
});

describe('the embedded-question mood row', () => {
  it.each(EMBEDDED_QUESTION.fires)('fires on %j', (example) => expect(EMBEDDED_QUESTION.pattern.test(example)).toBe(true));
  it.each(EMBEDDED_QUESTION.doesNotFire)('stays quiet on %j', (example) => expect(EMBEDDED_QUESTION.pattern.test(example)).toBe(false));
});

describe('the defined-capability-phrase row (corpus rule 12)', () => {
  const benchmarkOfUse = (definition: string): string => {
    const text = `${definition}\n\nWe run the full suite whenever a model is materially more capable than the last assessed model.\n`;
    const at = text.lastIndexOf('materially more capable');
    const m = analyze(text).mentions.find((x) => x.kind === 'capability-jump' && x.start <= at && at < x.end);
    if (!m) throw new Error('no capability mention');
    return m.facets.benchmark.state;
  };
  // A definition that gives a measure (a multiple, points on a named suite, the triggers it points to).
  it.each([
    '"Materially more capable" means at least 3x the effective compute of the last assessed model, or 4 points more on the CCI v2 suite.',
    '"Materially more capable" means it has crossed the R2 pause step or the R4 trigger.',
    'A model is materially more capable when it meets either trigger in Section 3.1.',
    'In our proposal, a model counts as materially more capable exactly when it has taken the 3x step in rule 3.',
    '"Materially more capable" is operationalised as either of the following:\n\n(a) an increase of 4x or more in Effective Compute relative to the last assessed model; or\n\n(b) three months of accumulated post-training improvements.',
  ])('a definition with a measure states it: %j', (definition) => expect(benchmarkOfUse(definition)).toBe('stated'));
  // A definition by another vague comparative, or one that hands the judgement to someone else.
  it.each([
    '"Materially more capable" means, in relation to a frontier model, a version that performs materially better than the most recent version for which an assessment was filed under section 4, as determined by the developer.',
    '"Materially more capable" means an increase defined as significant by the signatory\'s own published framework.',
  ])('a definition without one does not: %j', (definition) => expect(benchmarkOfUse(definition)).toBe('missing'));
});
