// "10^26 FLOP models", "around 10^25 FLOP": an absolute threshold that does not say which side of the
// number is covered, or gives only an approximate number (domain.md §4.1 U, CT-U02).
import { docsPath } from '../rule';
import { isLive, type AnalystRule, type RuleReport } from '../analyst-rule';
import { APPROXIMATE } from '../../core/patterns';
import { sentenceText } from '../../core/document';
import { gluesIntoWord } from './shared';

/** A comparator written after the number: "10^26 FLOP or more", "10^25 FLOP and above". */
const COMPARATOR_AFTER = /^\s*(?:,\s*)?(?:or\s+(?:more|greater|higher|above|larger|over|beyond|less|fewer|lower|below|under)|and\s+(?:above|up|over|beyond|higher|more|below|under|less)|\+|or\s+(?:equal|exceeding)|(?:is|are|was|were)\s+(?:exceeded|crossed|surpassed|reached))\b/iu;
/** Words before the number that fix the direction without a comparator: reaching, crossing, "at or above". */
const DIRECTION_BEFORE = /(?:\bat\s+or\s+(?:above|over|below)|\breach(?:es|ed|ing)?|\bhit(?:s|ting)?|\b(?:beginning|starting)\s+(?:at|from)|\bequal\s+to|\bexactly|\bno\s+more\s+than|\bnot\s+(?:to\s+)?exceed(?:ing)?|\bwithin)\s*(?:a\s+|the\s+)?$/iu;
/** The number restates the value of a threshold named just before: "(i.e. currently 10^25 FLOP, see Article 51(2))". */
const RESTATEMENT_BEFORE = /(?:\bi\.e\.,?|\bnamely|\bcurrently|\bthat\s+is,?|\bwhich\s+is)\s*(?:currently\s+)?$/iu;
/** The number names a threshold ("a threshold of 10^26 FLOP", "the 10^25 FLOP threshold"): crossing it is the rule. */
const THRESHOLD_BEFORE = /\b(?:thresholds?|presumptions?|lines?|limits?|triggers?|cut-?offs?|bars?)(?:\s*:\s*|\s+(?:(?:is|was|are|of|at|set\s+at|stands\s+at|fixed\s+at|lies\s+at)\s+)+)(?:a\s+|an\s+)?$/iu;
const THRESHOLD_AFTER = /^[\s-]*(?:(?:training|compute|reporting|notification|presumption|systemic[\s-]risk)\s+)?(?:thresholds?|presumption|line|mark|limit|trigger|bar|cut-?off)\b/iu;

const RATE = /per\s+second|\/\s*s\b|FLOPS\b|\bflops\b/iu;
const HARDWARE = /\b(?:GPUs?|TPUs?|chips?|accelerators?|peak|throughput|computing\s+capacity|clusters?|per\s+second)\b/iu;

export const missingComparator: AnalystRule = {
  meta: {
    id: 'missing-comparator',
    description: 'An absolute compute threshold with no comparator ("10^26 FLOP models") or only an approximate one ("around 10^26 FLOP").',
    why: 'without "more than" or "at least" a model trained near the number cannot tell whether it is covered, and "around" makes the line itself a matter of opinion.',
    defaultSeverity: 'warning',
    fixable: 'suggestion',
    docs: docsPath('missing-comparator'),
  },
  check(ctx) {
    const out: RuleReport[] = [];
    ctx.mentions.forEach((m, i) => {
      if (m.kind !== 'absolute-compute' || !isLive(m)) return;
      const approximate = m.comparator !== undefined && APPROXIMATE.test(m.comparator);
      if (m.comparator !== undefined && !approximate) return;
      const raw = ctx.raws[i]!;
      const block = raw.sentence.block;
      // A cell of a table of thresholds: the column says what the number is.
      if (block.kind === 'tableCell' && block.tableHeader && /\bthresholds?\b/i.test(block.tableHeader)) return;
      const st = sentenceText(raw.sentence);
      const a = raw.nStart - raw.sentence.normStart;
      const b = raw.nEnd - raw.sentence.normStart;
      const before = st.slice(Math.max(0, a - 48), a);
      const after = st.slice(b, b + 48);
      if (!approximate) {
        if (COMPARATOR_AFTER.test(after) || DIRECTION_BEFORE.test(before)) return;
        if (THRESHOLD_BEFORE.test(before) || THRESHOLD_AFTER.test(after) || RESTATEMENT_BEFORE.test(before)) return;
      }
      // A rate threshold (a cluster's operations per second) is a hardware capacity, not training compute.
      if (RATE.test(m.text) || HARDWARE.test(st)) return;
      const written = m.phrase;
      const report: RuleReport = { start: m.start, end: m.end, mentionId: m.id, message: '' };
      if (approximate) {
        report.message = `"${written}" is approximate: a threshold needs an exact boundary ("more than …" or "at least …"), or a model trained near it cannot tell whether it is covered.`;
      } else {
        report.message = `"${written}" has no comparator: say whether the threshold covers models trained on more than, at least, or at most this amount (statutes write "greater than" or "equal to or greater than").`;
        // Offered only where the words stay whole: not glued onto a letter or digit before the number.
        if (!gluesIntoWord(ctx.text, m.start)) report.fixes = [
          { title: 'Insert "more than"', edits: [{ start: m.start, end: m.start, newText: 'more than ' }], isPreferred: true, deterministic: false },
          { title: 'Insert "at least"', edits: [{ start: m.start, end: m.start, newText: 'at least ' }], deterministic: false },
        ];
      }
      out.push(report);
    });
    return out;
  },
};
