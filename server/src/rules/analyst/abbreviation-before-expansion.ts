import { docsPath } from '../rule';
import { lineOf, proseMatches, sentences, textOf, type AnalystRule, type RuleReport } from '../analyst-rule';
import { mapRange } from '../../core/normalize';

/** Abbreviations of this field and the long forms that expand them. */
const ABBREVIATIONS: { abbr: RegExp; long: RegExp; name: string }[] = [
  { abbr: /(?<![\p{L}\p{N}-])EC(?![\p{L}\p{N}-])/gu, long: /\beffective\s+compute\b/i, name: 'effective compute' },
  { abbr: /(?<![\p{L}\p{N}-])CEGs?(?![\p{L}\p{N}])/gu, long: /\bcompute[\s-]+equivalent\s+gains?\b/i, name: 'compute-equivalent gain' },
  { abbr: /(?<![\p{L}\p{N}])E-FLOPs?(?![\p{L}\p{N}])/gu, long: /\beffective\s+FLOPs?\b/i, name: 'effective FLOP' },
  { abbr: /(?<![\p{L}\p{N}])OOMs?(?![\p{L}\p{N}])/gu, long: /\borders?\s+of\s+magnitude\b/i, name: 'order of magnitude' },
];

const ANY_ABBREVIATION = /(?<![\p{L}\p{N}])(?:EC|CEGs?|E-FLOPs?|OOMs?)(?![\p{L}\p{N}])/u;

export const abbreviationBeforeExpansion: AnalystRule = {
  meta: {
    id: 'abbreviation-before-expansion',
    description: 'An abbreviation (EC, CEG, E-FLOP, OOM) used before the document spells it out.',
    why: 'readers outside the field, including the legislators and auditors who rely on the policy, cannot resolve it.',
    defaultSeverity: 'info',
    fixable: false,
    docs: docsPath('abbreviation-before-expansion'),
  },
  check(ctx) {
    const out: RuleReport[] = [];
    if (!proseMatches(ctx, ANY_ABBREVIATION)) return out;
    for (const { abbr, long, name } of ABBREVIATIONS) {
      let first: { start: number; end: number; written: string } | undefined;
      let expansion: number | undefined;
      let otherMeaning = false;
      for (const sentence of sentences(ctx.doc)) {
        const st = textOf(sentence);
        const block = sentence.block;
        abbr.lastIndex = 0;
        for (const m of st.matchAll(abbr)) {
          const before = st.slice(Math.max(0, m.index! - 60), m.index!);
          // "effective compute (EC)" or "EC (effective compute)" expands it here.
          const after = st.slice(m.index! + m[0].length, m.index! + m[0].length + 40);
          const expandsHere = (long.test(before) && /\(\s*$/.test(before)) || long.test(after);
          // "EC (European Commission)": the document uses the letters for something else.
          if (!expandsHere && /^\s*\([A-Z][a-z]/.test(after) && !long.test(after)) otherMeaning = true;
          if (expandsHere && expansion === undefined) expansion = block.start + block.norm.map[sentence.normStart + m.index!]!;
          if (!first && !expandsHere) {
            const r = mapRange(block.norm, sentence.normStart + m.index!, sentence.normStart + m.index! + m[0].length);
            first = { start: block.start + r.start, end: block.start + r.end, written: m[0] };
          }
        }
      }
      // An abbreviation the document never expands and whose long form it never uses may mean something
      // else entirely ("EC" for the European Commission): stay quiet.
      if (!first || otherMeaning || (expansion !== undefined && expansion < first.start)) continue;
      if (expansion === undefined && !long.test(ctx.text)) continue;
      out.push({
        start: first.start,
        end: first.end,
        message: expansion === undefined
          ? `"${first.written}" is never spelled out; write the full term (${name}) at its first use.`
          : `"${first.written}" is used before it is spelled out on line ${lineOf(ctx.doc, expansion)}; expand it at its first use.`,
      });
    }
    return out;
  },
};
