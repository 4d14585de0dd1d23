// The conditional kind: every row's examples, checked on the cue in its scope and end to end (a trigger
// plus the example sentence reports nothing; plus a near-miss, the row's finding).
import { describe, expect, it } from 'vitest';
import { analyze } from '../../server/src/lint';
import { guardedTest } from '../../server/src/core/patterns';
import { DOCUMENT_CONDITIONS } from '../../server/src/rules/analyst/document-conditions';
import type { ConditionalRow } from '../../server/src/rules/kinds/conditional';

const holds = (row: ConditionalRow, text: string) => guardedTest(row.cue, text) && (row.scope.kind === 'prose' || row.scope.context.test(text));
const TRIGGER: Record<string, string> = {
  'missing-cadence': 'We will run a comprehensive assessment after every 4x increase in effective compute over the last fully assessed model.',
  default: 'We will run a comprehensive assessment after every 4x increase in effective compute over the last fully assessed model.',
};

describe.each(DOCUMENT_CONDITIONS.map((r) => [r.meta.id, r.row] as const))('conditional row %s', (id, row) => {
  it('has a source, two examples that satisfy it and a near-miss', () => {
    expect(row.source.length).toBeGreaterThan(10);
    expect(row.states.length).toBeGreaterThanOrEqual(2);
    expect(row.doesNotState.length).toBeGreaterThanOrEqual(1);
  });

  it.each(row.states.map((s) => [s] as const))('is satisfied by %j', (example) => {
    expect(holds(row, example)).toBe(true);
    const doc = `# Policy\n\n${TRIGGER[id] ?? TRIGGER.default}\n\n${example}\n`;
    expect(analyze(doc).findings.map((f) => f.ruleId)).not.toContain(id);
  });

  it.each(row.doesNotState.map((s) => [s] as const))('is not satisfied by %j', (example) => {
    expect(holds(row, example)).toBe(false);
    const doc = `# Policy\n\n${TRIGGER[id] ?? TRIGGER.default}\n\n${example}\n`;
    expect(analyze(doc).findings.map((f) => f.ruleId)).toContain(id);
  });
});
