// "a 300% increase in compute": read literally it is 4x (the original plus three times it), yet it is
// often meant as 3x. A threshold stated this way has two readings (domain.md §3.2 F3 PCT_INC, CT-A02).
import { docsPath } from '../rule';
import type { AnalystRule, RuleReport } from '../analyst-rule';
import { CAPABILITY_WORD, COMPUTE_WORD } from '../../core/patterns';
import { clauseAround, formatNumber, gluesIntoWord, sentenceRole, sentenceViews } from './shared';

/** "300% increase", "300% more compute". */
const PERCENT_FIRST = /(?<![\p{N}.])(\d+(?:\.\d+)?)\s?(?:%|per\s?cent\b)\s+(?:increase|more|larger|higher|greater|growth|rise|jump|gain|bigger|scale-?up)\b/giu;
/** "an increase of 300%", "increased by 300%". */
const PERCENT_AFTER = /\b(?:increase[sd]?|increasing|grow(?:s|n|th)?|rise[sn]?|rising|jump(?:s|ed)?|scal(?:e|es|ed|ing)\s+up)\s+(?:of|by)\s+(?:more\s+than\s+|at\s+least\s+|over\s+)?(\d+(?:\.\d+)?)\s?(?:%|per\s?cent\b)/giu;
/** Compute or capability in the clause: the percentage is about what a threshold measures. */
const SUBJECT = new RegExp(`${COMPUTE_WORD.source}|${CAPABILITY_WORD.source}|\\beffective\\s+compute\\b|\\bperformance\\b|\\bFLOP`, 'iu');

/** What a sentence must contain for this rule to look at it. */
const PERCENT = /%|per\s?cent/i;

export const percentAsMultiple: AnalystRule = {
  meta: {
    id: 'percent-as-multiple',
    description: 'A percentage increase above 100% used as a multiple: "a 300% increase" is 4x, but is often meant as 3x.',
    why: 'the two readings differ by a whole multiple, so a trigger written as a percentage fires at different points for different readers.',
    defaultSeverity: 'warning',
    fixable: 'suggestion',
    docs: docsPath('percent-as-multiple'),
  },
  check(ctx) {
    const out: RuleReport[] = [];
    for (const view of sentenceViews(ctx.doc, PERCENT)) {
      const st = view.text;
      if (!PERCENT.test(st)) continue;
      for (const m of [...st.matchAll(PERCENT_FIRST), ...st.matchAll(PERCENT_AFTER)]) {
        const pct = Number(m[1]);
        // At 100% the loose reading (1x) is nobody's; from above it the two readings are both plausible.
        if (!(pct > 100)) continue;
        const a = m.index!;
        const b = a + m[0].length;
        const clause = clauseAround(st, a, b);
        if (!SUBJECT.test(clause.text)) continue;
        const role = sentenceRole(ctx, view, a, b);
        if (role === 'descriptive' || role === 'historical') continue;
        const span = view.span(a, b);
        const written = ctx.text.slice(span.start, span.end).replace(/\s+/g, ' ');
        const literal = formatNumber(1 + pct / 100);
        const loose = formatNumber(pct / 100);
        const report: RuleReport = {
          start: span.start,
          end: span.end,
          message: `"${written}" reads two ways: literally it is ${literal}x the original (the original plus ${loose} times it), but it is often meant as ${loose}x. State the multiple: "${literal}x" or "${loose}x".`,
          fixes: [{
            title: `Add "(i.e. ${literal}x)" after the percentage`,
            edits: [{ start: span.end, end: span.end, newText: ` (i.e. ${literal}x)` }],
            deterministic: false,
          }],
        };
        if (role === 'quoted' || gluesIntoWord(ctx.text, span.end)) {
          report.severity = 'info';
          delete report.fixes;
        }
        out.push(report);
      }
    }
    return out;
  },
};
