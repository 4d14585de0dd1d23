// "1026 FLOP": a power of ten whose superscript exponent was lost when the text was copied out of a
// PDF or web page (domain.md §3.1 item 4, CT-U03). As written it is the number 1,026.
import { docsPath } from '../rule';
import type { AnalystRule, RuleReport } from '../analyst-rule';
import { powerOfTen, roleOf, sentenceViews } from './shared';

/** A compute unit straight after the number: the evidence that "1026" was a power of ten. */
const UNIT_AFTER = /^\s?(?:total\s+|training\s+)?(?:(?:integer\s+or\s+)?floating[\s-]point\s+operations|integer\s+operations|(?:computational\s+)?operations|FLOP\s*\/\s*s\b|FLOPs?\b|FLOPS\b|flops?\b|op\/s\b|ops\b|OPs?\b)/u;
/** …unless it is a per-token or per-parameter count, where a literal 1024 is plausible. */
const PER_ITEM = /^\s*per\s+(?:token|byte|parameter|param|cycle|clock|step|sample|example|forward|word|character|pixel|layer)\b/iu;
/** Section, article, page, paragraph, issue and identifier numbers (trap T8). */
const IDENTIFIER_BEFORE = /(?:§|\b(?:sec(?:tion)?s?|art(?:icle)?s?|para(?:graph)?s?|p|pp|pages?|no|nos|nr|fig(?:ure)?|table|annex|arxiv|doi|isbn|issn|ref|RTX|GTX|version|footnote|chapter|ch)\.?)\s*:?\s*$/iu;
/** The unit named before a comparator: "…measured in floating point operations is greater than 1025." */
const UNIT_BEFORE = /(?:FLOPs?|floating[\s-]point\s+operations|(?:integer\s+)?operations|computation|computing\s+power)\b[^.;]{0,60}?(?:greater\s+than|more\s+than|in\s+excess\s+of|exceed(?:s|ed|ing)?|above|over|at\s+least|>=?|≥)\s*$/iu;

/** A flattened power of ten with an optional mantissa: "1026", "7.5 × 1022", "2.3x1025". */
const FLAT = /(?<![\p{N}.,^/:#-])(?:(\d+(?:\.\d+)?)\s?[×x*]\s?)?10(1[5-9]|2\d|3[0-2])(?![\p{N}]|[.,]\d)/gu;
/** "10º26": the exponent survived but the caret became a degree or ordinal sign. */
const DEGREE = /(?<![\p{N}.,^])(?:(\d+(?:\.\d+)?)\s?[×x*]\s?)?10\s?[º°]\s?(\d{1,2})(?![\p{N}'′"’])/gu;
/**
 * In a sentence that already has a flattened exponent, the same extraction flattened the other
 * factors too: "6 × 3.8 × 109 × 3.3 × 1012 ≈ 7.5 × 1022 FLOP". Only mantissa forms (d.d × 10N) count here.
 */
const FLAT_FACTOR = /(?<![\p{N}.,^/])(\d\.\d+)\s?[×x*]\s?10(\d{1,2})(?![\p{N}]|[.,]\d)/gu;

interface Hit {
  /** Range of the whole written number (mantissa included) in the sentence text. */
  a: number;
  b: number;
  /** Range to replace ("1026" or "10º26") and the exponent. */
  ra: number;
  rb: number;
  exponent: string;
  mantissa?: string;
  /** Written with a degree or ordinal sign where the caret was. */
  degree?: boolean;
}

/** What a sentence must contain for this rule to look at it. */
const TEN = /10/;

export const pdfFlattenedExponent: AnalystRule = {
  meta: {
    id: 'pdf-flattened-exponent',
    description: 'A power of ten whose exponent was flattened in extraction: "1026 FLOP" for 10^26 FLOP, "7.5 ⋅ 1022" for 7.5 × 10^22.',
    why: 'as written the threshold is the number 1,026, some twenty-three orders of magnitude below the intended 10^26, and tools or readers that take it literally get the scope of the rule wrong.',
    defaultSeverity: 'error',
    fixable: 'deterministic',
    docs: docsPath('pdf-flattened-exponent'),
  },
  check(ctx) {
    const out: RuleReport[] = [];
    const style = ctx.config.options?.exponentStyle;
    for (const view of sentenceViews(ctx.doc, TEN)) {
      const st = view.text;
      if (!TEN.test(st)) continue;
      const hits: Hit[] = [];
      const overlaps = (a: number, b: number): boolean => hits.some((h) => h.a < b && a < h.b);
      for (const m of st.matchAll(FLAT)) {
        const a = m.index!;
        const b = a + m[0].length;
        const before = st.slice(Math.max(0, a - 24), a);
        if (IDENTIFIER_BEFORE.test(before)) continue;
        const after = st.slice(b, b + 64);
        const unit = UNIT_AFTER.exec(after);
        const unitFirst = !unit && UNIT_BEFORE.test(st.slice(Math.max(0, a - 140), a));
        if (!unit && !unitFirst) continue;
        if (unit && PER_ITEM.test(after.slice(unit[0].length))) continue;
        const ra = b - 4;
        hits.push({ a, b, ra, rb: b, exponent: m[2]!, mantissa: m[1] });
      }
      for (const m of st.matchAll(DEGREE)) {
        const a = m.index!;
        const b = a + m[0].length;
        if (overlaps(a, b) || IDENTIFIER_BEFORE.test(st.slice(Math.max(0, a - 24), a))) continue;
        const exp = Number(m[2]);
        const unit = UNIT_AFTER.test(st.slice(b, b + 64)) || UNIT_BEFORE.test(st.slice(Math.max(0, a - 140), a));
        if (!unit && !(exp >= 15 && exp <= 32)) continue;
        const ra = a + (m[1] ? m[0].search(/10\s?[º°]/) : 0);
        hits.push({ a, b, ra, rb: b, exponent: m[2]!, mantissa: m[1], degree: true });
      }
      if (hits.length === 0) continue;
      for (const m of st.matchAll(FLAT_FACTOR)) {
        const a = m.index!;
        const b = a + m[0].length;
        if (overlaps(a, b)) continue;
        hits.push({ a, b, ra: b - 2 - m[2]!.length, rb: b, exponent: m[2]!, mantissa: m[1] });
      }
      for (const h of hits.sort((x, y) => x.a - y.a)) {
        const role = roleOf(ctx, view, h.a, h.b, 'absolute-compute');
        // A changelog restating an old figure is not the live text; everything else is simply wrong.
        if (role === 'historical') continue;
        const whole = view.span(h.a, h.b);
        const replace = view.span(h.ra, h.rb);
        const written = ctx.text.slice(whole.start, whole.end).replace(/\s+/g, ' ');
        const flat = ctx.text.slice(replace.start, replace.end);
        const power = powerOfTen(h.exponent, style);
        const meant = h.mantissa ? `${written.slice(0, written.length - flat.length)}${power}` : power;
        const literal = h.mantissa || h.degree ? '' : ` As written it is the number ${Number(flat.replace(/\D/g, '')).toLocaleString('en-US')}.`;
        out.push({
          start: whole.start,
          end: whole.end,
          message: `"${written}" looks like ${meant} with its exponent flattened (a superscript lost in PDF or web extraction).${literal} Write ${meant}.`,
          fixes: [{
            title: `Restore the exponent: ${flat} → ${power}`,
            edits: [{ start: replace.start, end: replace.end, newText: power }],
            isPreferred: true,
            deterministic: true,
          }],
        });
      }
    }
    return out;
  },
};
