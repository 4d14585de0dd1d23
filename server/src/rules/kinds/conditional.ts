// The conditional kind (Vale's `conditional` check, issue 10): "if the document has a live trigger of these
// kinds, then somewhere in the declared scope it states this clause". Each document-level check is one
// row of data: the kinds it applies to, the cue that satisfies it (with examples that must and must not
// satisfy it, run by test/rules/conditional.test.ts), the scope the cue must sit in, and the message. The
// finding goes once, on the first live trigger of those kinds.
import type { MentionKind } from '../../core/types';
import type { AnalystRule, RuleContext, RuleReport } from '../analyst-rule';
import { proseMatches, sentenceMatches } from '../analyst-rule';
import type { RuleMeta } from '../rule';

export interface ConditionalRow {
  meta: RuleMeta;
  /** The trigger kinds the condition applies to. */
  kinds: readonly MentionKind[];
  /** The clause that satisfies the condition. */
  cue: RegExp;
  /**
   * Where the clause must be: in a sentence about evaluation (`evaluation-sentence`, with `context` the
   * words that make it one), or anywhere in the document's prose (`prose`).
   */
  scope: { kind: 'evaluation-sentence'; context: RegExp } | { kind: 'prose' };
  /** Text (from at least two documents or authors) that satisfies the condition. */
  states: readonly string[];
  /** Near-misses that do not. */
  doesNotState: readonly string[];
  /** Where the condition is stated in general: a domain.md section or a rule page. */
  source: string;
  message(phrase: string): string;
  /** An insertion for the author to complete, placed after the trigger's sentence. */
  fixText?: { title: string; text: string };
}

export function conditionalRule(row: ConditionalRow): AnalystRule & { row: ConditionalRow } {
  return {
    meta: row.meta,
    row,
    check(ctx: RuleContext): RuleReport[] {
      const i = ctx.mentions.findIndex((m) => m.role === 'trigger' && row.kinds.includes(m.kind));
      if (i < 0 || satisfied(row, ctx)) return [];
      const m = ctx.mentions[i]!;
      const report: RuleReport = { start: m.start, end: m.end, mentionId: m.id, message: row.message(m.phrase) };
      if (row.fixText) {
        const at = ctx.raws[i]!.sentence.end;
        report.fixes = [{ title: row.fixText.title, edits: [{ start: at, end: at, newText: row.fixText.text }], deterministic: false }];
      }
      return [report];
    },
  };
}

/** Whether the document states the clause in the row's scope. */
export function satisfied(row: ConditionalRow, ctx: RuleContext): boolean {
  return row.scope.kind === 'prose' ? proseMatches(ctx, row.cue) : sentenceMatches(ctx, row.cue, row.scope.context);
}
