// "orders of magnitude more compute" in a threshold: a factor of 100 or of 100,000? (domain.md §3.3, CT-A03)
import { docsPath } from '../rule';
import type { AnalystRule, RuleReport } from '../analyst-rule';
import { COMPUTE_WORD } from '../../core/patterns';
import { clauseAround, sentenceRole, sentenceViews } from './shared';

/** Plural orders of magnitude, with a vague quantifier if there is one. */
const OOM = /(?:\b(several|multiple|many|a\s+few|few|some|numerous|various)\s+)?(?:\borders[\s-]+of[\s-]+magnitude\b|(?<![\p{L}])OOMs(?![\p{L}]))/giu;
const COUNT_WORD = 'one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|half|\\d+(?:\\.\\d+)?';
/** A count right before: "two orders", "2-3 orders", "one or two more orders", "~1.5 OOMs". */
const COUNT_BEFORE = new RegExp(`(?:\\b|~|≈)(?:${COUNT_WORD})(?:\\s*(?:-|to|or|and)\\s*(?:${COUNT_WORD}))?\\s+(?:(?:more|additional|further|full|extra)\\s+)?$`, 'iu');
/** Compute words, effective compute and FLOP, near the phrase. */
const SUBJECT = new RegExp(`${COMPUTE_WORD.source}|\\beffective\\s+compute\\b|\\bFLOP|\\bscal(?:e|ing)\\b`, 'iu');

/** What a sentence must contain for this rule to look at it. */
const OOM_WORDS = /orders[\s-]+of[\s-]+magnitude|OOMs/i;

export const ordersOfMagnitudeWithoutCount: AnalystRule = {
  meta: {
    id: 'orders-of-magnitude-without-count',
    description: '"Orders of magnitude" of compute in a threshold, with no count of how many.',
    why: 'two orders of magnitude is 100x and five is 100,000x; a trigger that does not say which cannot be checked against a training run.',
    defaultSeverity: 'warning',
    fixable: false,
    docs: docsPath('orders-of-magnitude-without-count'),
  },
  check(ctx) {
    const out: RuleReport[] = [];
    for (const view of sentenceViews(ctx.doc, OOM_WORDS)) {
      const st = view.text;
      if (!OOM_WORDS.test(st)) continue;
      for (const m of st.matchAll(OOM)) {
        const a = m.index!;
        const b = a + m[0].length;
        if (!m[1] && COUNT_BEFORE.test(st.slice(Math.max(0, a - 28), a))) continue;
        const clause = clauseAround(st, a, b);
        if (!SUBJECT.test(clause.text)) continue;
        const role = sentenceRole(ctx, view, a, b);
        if (role !== 'trigger' && role !== 'definition' && role !== 'quoted') continue;
        const span = view.span(a, b);
        const written = ctx.text.slice(span.start, span.end).replace(/\s+/g, ' ');
        const vague = m[1] ? ` ("${m[1].replace(/\s+/g, ' ')}" is not a count)` : '';
        out.push({
          start: span.start,
          end: span.end,
          message: `"${written}" gives no number${vague}: state how many (two orders of magnitude is 100x, three is 1,000x) so the threshold can be checked.`,
          ...(role === 'quoted' ? { severity: 'info' as const } : {}),
        });
      }
    }
    return out;
  },
};
