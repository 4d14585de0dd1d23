// "4.2x compute × 2.8x algorithms × 3x post-training ≈ 35x per year": a stated product that can be
// checked. Flags it when the factors do not multiply to the total, beyond what rounding explains
// (domain.md §7 CT-A04; RSP v2 fn 23 is the compliant example: 4.2 × 2.8 × 3 = 35.3 ≈ 35, 35² ≈ 1,000).
import { docsPath } from '../rule';
import type { AnalystRule, RuleReport } from '../analyst-rule';
import { formatNumber, sentenceRole, sentenceViews, type SentenceView } from './shared';
import type { RuleContext } from '../analyst-rule';

/** Numbers, with an "x" when they are written as multiples. Exponents and percentages are not factors. */
const NUMBER = /(?<![\p{L}\p{N}.,^/])(\d{1,3}(?:,\d{3})+|\d+)(\.\d+)?(\s?[x×](?![\p{L}\p{N}])(?!\s?\d))?(?![\p{N}]|\.\d|\s?\^|\s?%|[eE][+-]?\d|\s?[x×*]\s?10\s?\^)/gu;
/** Between two factors of a product: an operator or a list joiner, and nothing that makes a range or a choice. */
const OPERATOR = /[×*]|\btimes\b|\bmultiplied\s+by\b/iu;
const JOINER = /[×*,]|\band\b|\btimes\b|\bmultiplied\s+by\b|\bwith\b/iu;
const BREAKER = /\b(?:or|to|between|versus|vs|than|average|mean|median|range|plus|minus|out\s+of|of\s+which|each)\b|[;:.!?]\s|[+\-–—/]|%/iu;
const RANGE_BEFORE = /\b(?:between|from|either|ranging|range|somewhere)\s+(?:about\s+|roughly\s+)?$/iu;
const AVERAGE_AFTER = /^[^.;]{0,12}\b(?:on\s+average|average|mean|median|midpoint)\b/iu;
/** Before the total: "≈", "=", "i.e.", "combined", "in total", "for a total of", "giving", "compounding to". */
const RESULT = /(?:≈|≃|~|=|\bi\.e\.,?|\bthat\s+is\b|\bcombined\b|\bin\s+total\b|\btotal(?:\s+of)?\b|\boverall\b|\btogether\b|\byield(?:s|ing)?\b|\bgiv(?:es|ing)\b|\bresult(?:s|ing)?\s+in\b|\bamount(?:s|ing)?\s+to\b|\bcompound(?:s|ing)?\s+to\b|\bcom(?:es|ing)\s+to\b|\bmultipl(?:y|ies|ying)\s+(?:out\s+)?to\b)[^\d]{0,24}$/iu;
const STRICT_RESULT = /(?:≈|≃|~|=)\s*(?:about|roughly|approximately|around|~)?\s*$/iu;
/** What the factors are about: growth of compute, algorithms, capabilities or progress. */
const SUBJECT = /\b(?:compute|computation|FLOPs?|algorithm\w*|efficien\w*|effective|post-?training|scal\w*|progress|capabilit\w*|hardware|spending|investment|per\s+year|a\s+year|\/\s?year|annual\w*|growth|multipliers?|training)\b/iu;
/** A hardware count right after a factor ("8x H100"), trap T2. */
const HARDWARE_AFTER = /^\s*(?:[A-Z]\d{2,4}\b|GPUs?\b|TPUs?\b|nodes?\b|chips?\b|servers?\b)/u;
/** "35^2 ≈ 1,000", "(35x)² ≈ 1225x", "35x squared is about 1,000x". */
const SQUARE = /(?<![\p{L}\p{N}.^])\(?(\d+(?:\.\d+)?)\s?[x×]?\)?\s?(?:\^\s?2|²|\s+squared)(?![\p{N}])((?:\s*(?:≈|≃|~|=|is|equals|gives|i\.e\.,?|about|roughly|approximately|around|or))+\s*)(\d{1,3}(?:,\d{3})+|\d+)(\.\d+)?(?![\p{N}])/giu;

interface Num {
  a: number;
  b: number;
  value: number;
  half: number;
  x: boolean;
}

/** Half a unit in the last significant place: "35" → 0.5, "4.2" → 0.05, "1,000" → 500. */
function halfUnit(intPart: string, frac: string | undefined): number {
  if (frac) return 0.5 * 10 ** -(frac.length - 1);
  const digits = intPart.replace(/,/g, '');
  let trailing = 0;
  while (trailing < digits.length && digits[digits.length - 1 - trailing] === '0') trailing++;
  return 0.5 * 10 ** Math.min(trailing, digits.length - 1);
}

function parse(m: RegExpMatchArray): Num {
  const a = m.index!;
  return { a, b: a + m[0].length, value: Number(m[1]!.replace(/,/g, '') + (m[2] ?? '')), half: halfUnit(m[1]!, m[2]), x: Boolean(m[3]) };
}

/** True when rounding of the factors and of the total cannot explain the gap, and it is over 15%. */
function offBeyondRounding(factors: Num[], total: Num, power = 1): boolean {
  const product = factors.reduce((p, f) => p * f.value, 1) ** power;
  const lo = factors.reduce((p, f) => p * Math.max(0, f.value - f.half), 1) ** power;
  const hi = factors.reduce((p, f) => p * (f.value + f.half), 1) ** power;
  const overlap = lo <= total.value + total.half && total.value - total.half <= hi;
  return !overlap && Math.abs(product - total.value) / product > 0.15;
}

/** What a sentence must contain for this rule to look at it. */
const MULTIPLICATION = /\d\s?[x×*]|squared|\^\s?2|²/;

export const decompositionArithmetic: AnalystRule = {
  meta: {
    id: 'decomposition-arithmetic',
    description: 'A stated product of multiples that does not multiply out ("4x and 3x, i.e. 7x"), or a stated square that is off.',
    why: 'growth multiples compose by multiplication; a decomposition that does not multiply out misstates either a factor or the total a threshold is calibrated on.',
    defaultSeverity: 'warning',
    fixable: false,
    docs: docsPath('decomposition-arithmetic'),
  },
  check(ctx) {
    const out: RuleReport[] = [];
    for (const view of sentenceViews(ctx.doc, MULTIPLICATION)) {
      const st = view.text;
      if (!MULTIPLICATION.test(st) || !SUBJECT.test(st)) continue;
      products(ctx, view, out);
      squares(ctx, view, out);
    }
    return out;
  },
};

function products(ctx: RuleContext, view: SentenceView, out: RuleReport[]): void {
  const st = view.text;
  const nums = [...st.matchAll(NUMBER)].map(parse);
  for (let i = 2; i < nums.length; i++) {
    const total = nums[i]!;
    const gap = st.slice(nums[i - 1]!.b, total.a);
    if (gap.length > 60 || /\band\s*~?\s*$/i.test(gap) || !RESULT.test(gap)) continue;
    const strict = STRICT_RESULT.test(gap);
    if (!total.x && !strict) continue;
    // A total followed by "× 10^…" or a unit of hardware is not a multiple.
    if (/^\s?[×x*]\s?\d/.test(st.slice(total.b)) || HARDWARE_AFTER.test(st.slice(total.b))) continue;
    // Walk back over the factors.
    const factors: Num[] = [nums[i - 1]!];
    for (let j = i - 2; j >= 0; j--) {
      const between = st.slice(nums[j]!.b, nums[j + 1]!.a);
      if (between.length > 80 || BREAKER.test(between) || !JOINER.test(between) || RESULT.test(between.replace(/~\s*$/, ''))) break;
      factors.unshift(nums[j]!);
    }
    if (factors.length < 2) continue;
    // A range or an average is not a product: "between 2x and 3x, i.e. 2.5x on average".
    if (RANGE_BEFORE.test(st.slice(Math.max(0, factors[0]!.a - 24), factors[0]!.a)) || AVERAGE_AFTER.test(st.slice(total.b, total.b + 24))) continue;
    // Each factor is a written multiple ("4x") or sits next to an explicit operator ("4.2 × 2.8").
    const ok = factors.every((f, k) => {
      if (HARDWARE_AFTER.test(st.slice(f.b))) return false;
      if (f.x) return true;
      const left = k > 0 ? st.slice(factors[k - 1]!.b, f.a) : '';
      const right = k < factors.length - 1 ? st.slice(f.b, factors[k + 1]!.a) : '';
      return (OPERATOR.test(left) || OPERATOR.test(right)) && f.value < 1000;
    });
    if (!ok || !offBeyondRounding(factors, total)) continue;
    const product = factors.reduce((p, f) => p * f.value, 1);
    const sum = factors.reduce((s, f) => s + f.value, 0);
    const added = Math.abs(sum - total.value) <= total.half + 1e-9 ? ` They add up to ${formatNumber(sum)}: multiples combine by multiplying, not adding.` : '';
    report(ctx, view, factors[0]!.a, total.b, out,
      `The factors ${factors.map((f) => formatNumber(f.value)).join(' × ')} multiply to ${formatNumber(product)}x, not ${formatNumber(total.value)}x (off by ${Math.round((Math.abs(product - total.value) / product) * 100)}%).${added} Check the factors or the total.`);
  }
}

function squares(ctx: RuleContext, view: SentenceView, out: RuleReport[]): void {
  for (const m of view.text.matchAll(SQUARE)) {
    const base = Number(m[1]);
    const baseNum: Num = { a: 0, b: 0, value: base, half: halfUnit(m[1]!.split('.')[0]!, m[1]!.includes('.') ? `.${m[1]!.split('.')[1]}` : undefined), x: true };
    const total: Num = { a: 0, b: 0, value: Number(m[3]!.replace(/,/g, '') + (m[4] ?? '')), half: halfUnit(m[3]!, m[4]), x: true };
    if (!offBeyondRounding([baseNum], total, 2)) continue;
    const square = base * base;
    report(ctx, view, m.index!, m.index! + m[0].length, out,
      `${formatNumber(base)} squared is ${formatNumber(square)}, not ${formatNumber(total.value)} (off by ${Math.round((Math.abs(square - total.value) / square) * 100)}%). Check the base or the result.`);
  }
}

function report(ctx: RuleContext, view: SentenceView, a: number, b: number, out: RuleReport[], message: string): void {
  const role = sentenceRole(ctx, view, a, b);
  // A changelog restating old figures is not checked; descriptive decompositions are: that is where they live.
  if (role === 'historical') return;
  const span = view.span(a, b);
  out.push({ start: span.start, end: span.end, message, ...(role === 'quoted' ? { severity: 'info' as const } : {}) });
}
