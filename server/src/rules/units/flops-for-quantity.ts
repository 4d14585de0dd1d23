// "trained with 10^26 FLOPS": FLOPS is a rate (operations per second); a training total is a quantity,
// counted in FLOP (domain.md §3.2 F5, CT-U01). "FLOPs" with a lower-case s is the plural of FLOP and fine.
import { docsPath } from '../rule';
import type { AnalystRule, RuleReport } from '../analyst-rule';
import { clauseAround, roleOf, sentenceViews } from './shared';

/** FLOPS or flops as a word: not FLOPs (a plural quantity), not petaflops/exaflops/TFLOPS (rates). */
const FLOPS = /(?<![\p{L}\p{N}/-])(?:FLOPS|flops|Flops)(?![\p{L}\p{N}])/gu;
/** Written as a rate right after: "FLOPS per second" is redundant but not a quantity. */
const RATE_AFTER = /^\s*(?:\/\s*s(?:ec(?:ond)?)?\b|per\s+(?:second|sec|s|chip|GPU|TPU|accelerator|device|node|card|watt|W|dollar|\$)\b|of\s+(?:peak|sustained|AI|FP\d+|BF16|INT8|compute\s+capacity|throughput|performance)\b|utili[sz]ation|MFU|throughput|capacity)/iu;
/** Hardware and throughput words in the clause: the rate sense is meant (exaflops of a cluster, peak FLOPS). */
const HARDWARE = /\b(?:GPUs?|TPUs?|chips?|accelerators?|peak|throughput|theoretical|sustained|capacity|clusters?|supercomputers?|data\s?cent(?:er|re)s?|hardware|per\s+second|MFU|utili[sz]ation|delivers?|delivering|performance|speed|bandwidth|kernel|servers?|pods?|racks?|nodes?)\b/iu;
/** A magnitude straight before: "10^26 FLOPS", "1e26 flops", "3 × 10^25 training FLOPS". */
const MAGNITUDE_BEFORE = /(?:10\s?\^\s?\{?\d{1,2}\}?|\d(?:\.\d+)?\s?[eE]\+?\d{1,2}|(?<![\p{N}.])10(?:1[5-9]|2\d|3[0-2])|(?<![\d,.])\d[\d,.]*\s+(?:million|billion|trillion|quadrillion|quintillion|sextillion|septillion|octillion))\s+(?:(?:total|training|pre-?training|cumulative)\s+)?$/iu;
/** "total training flops", "cumulative FLOPS": a total by its own words. */
const TOTAL_BEFORE = /\b(?:total|cumulative|aggregate)\s+(?:(?:training|pre-?training|compute|fine-?tuning)\s+)?$/iu;
/** Words that make the magnitude a training total or a threshold on one. */
const QUANTITY_CUE = /\b(?:train(?:ed|ing|s)?|pre-?train\w*|fine-?tun\w*|total|cumulative|thresholds?|budgets?|used|using|uses|spent|required|models?|runs?)\b/iu;

/** What a sentence must contain for this rule to look at it. */
const FLOPS_WORD = /flops/i;

export const flopsForQuantity: AnalystRule = {
  meta: {
    id: 'flops-for-quantity',
    description: 'FLOPS or flops (a rate: operations per second) used for a training total, which is a quantity counted in FLOP.',
    why: 'a threshold in FLOPS reads as a hardware speed, not an amount of training compute; statutes count "integer or floating-point operations" and keep "per second" for clusters.',
    defaultSeverity: 'warning',
    fixable: 'deterministic',
    docs: docsPath('flops-for-quantity'),
  },
  check(ctx) {
    const out: RuleReport[] = [];
    for (const view of sentenceViews(ctx.doc, FLOPS_WORD)) {
      const st = view.text;
      if (!FLOPS_WORD.test(st)) continue;
      for (const m of st.matchAll(FLOPS)) {
        const a = m.index!;
        const b = a + m[0].length;
        if (RATE_AFTER.test(st.slice(b, b + 40))) continue;
        const clause = clauseAround(st, a, b);
        if (HARDWARE.test(clause.text)) continue;
        const before = st.slice(Math.max(0, a - 60), a);
        const magnitude = MAGNITUDE_BEFORE.exec(before);
        const total = TOTAL_BEFORE.test(before);
        if (!total && !(magnitude && QUANTITY_CUE.test(clause.text))) continue;
        // Start the reported range at the magnitude so the finding shows what is being counted.
        const from = magnitude ? a - (before.length - magnitude.index) : a;
        const role = roleOf(ctx, view, from, b, 'absolute-compute');
        if (role === 'descriptive' || role === 'historical') continue;
        const unit = view.span(a, b);
        const whole = view.span(from, b);
        const written = ctx.text.slice(whole.start, whole.end).replace(/\s+/g, ' ');
        const report: RuleReport = {
          start: whole.start,
          end: whole.end,
          message: `"${written}" uses ${m[0]}, a rate (operations per second), for an amount of training compute: write FLOP (or "integer or floating-point operations"); keep FLOP/s for hardware speed.`,
        };
        if (role === 'quoted') {
          // Someone else's words: point it out, but a fix must not rewrite a quotation.
          report.severity = 'info';
        } else {
          report.fixes = [{
            title: `Replace ${m[0]} with FLOP`,
            edits: [{ start: unit.start, end: unit.end, newText: 'FLOP' }],
            isPreferred: true,
            deterministic: true,
          }];
        }
        out.push(report);
      }
    }
    return out;
  },
};
