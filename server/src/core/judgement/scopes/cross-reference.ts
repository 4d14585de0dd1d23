// Cross-references in the mention's sentence: "as defined in Section 3.2", "see paragraph 2.1", "(see
// Annex A)", "paragraph (a) of this subdivision". The target is the numbered heading's section or the
// numbered paragraph; a reference whose target is not in the document supplies nothing.
import { sentenceText, type Block } from '../../document';
import { wholeBlock, type ScopeContext, type ScopeProvider } from './scope';

/** The names legal drafting gives its divisions: a section, a schedule's item, an annex's table. */
const DIVISION = String.raw`(?:section|paragraph|para\.?|clause|annex|appendix|item|schedule|exhibit|attachment|§)`;
const REF = new RegExp(String.raw`\b(?:(?:as\s+)?(?:defined|set\s+out|described|specified|stated)\s+in|in\s+accordance\s+with|according\s+to|pursuant\s+to|see|under|in|of|per|by)\s+${DIVISION}\s*(\(?[A-Z0-9][\w.]*\)?)`, 'giu');
/** A reference that hands over a method ("determined in accordance with Annex II", "the method described in Item 6 of the Schedule"), as a definition uses one. */
const METHOD_REF = new RegExp(String.raw`\b(?:as\s+(?:defined|set\s+out|described|specified|stated)\s+in|in\s+accordance\s+with|according\s+to|pursuant\s+to|(?:set\s+out|specified|described|defined|stated)\s+in)\s+${DIVISION}\s*(\(?[A-Z0-9][\w.]*\)?)`, 'giu');
/** A bare clause number: "per 3.6", "(3.2)", "under 5.1 or 5.2". */
const NUMBERED_REF = /(?:\b(?:per|under|in|see)\s|\()(\d{1,2}\.\d{1,2}(?:\.\d{1,2})?)\b/gu;
const MAX_BLOCKS = 15;

function labelPattern(label: string): RegExp {
  const bare = label.replace(/^\(|\)$/g, '').replace(/\.$/, '').replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(String.raw`^[\s#*_>|-]*(?:${DIVISION}\s*)?\(?${bare}(?:[.)]|\s|:|$)`, 'iu');
}

export const crossReferenceScope: ScopeProvider = {
  id: 'cross-reference',
  where: 'the section it refers to',
  regions(m, ctx) {
    return crossReferencedBlocks(sentenceText(m.sentence), m.sentence.block, ctx).map((b) => wholeBlock(b, 'cross-reference'));
  },
};

/** The blocks that references in `text` (written in `from`) point at: a numbered paragraph, or a heading and its section. */
const RESOLVED = new WeakMap<ScopeContext, Map<string, Block[]>>();

export function crossReferencedBlocks(text: string, from: Block, ctx: ScopeContext, methodOnly = false, sections = true): Block[] {
  if (!/section|paragraph|para|clause|annex|appendix|item|schedule|exhibit|attachment|§|\d\.\d/i.test(text)) return [];
  // Remembered per analysis by text and origin: many mentions share a definition or a sentence.
  let cache = RESOLVED.get(ctx);
  if (!cache) RESOLVED.set(ctx, (cache = new Map()));
  const key = `${methodOnly ? 'm' : 'a'}${sections ? 's' : 'p'}${from.start}\u0000${text}`;
  const hit = cache.get(key);
  if (hit) return hit;
  const found = resolve(text, from, ctx, methodOnly, sections);
  cache.set(key, found);
  return found;
}

function resolve(text: string, from: Block, ctx: ScopeContext, methodOnly: boolean, sections: boolean): Block[] {
  const out: Block[] = [];
  const refs = methodOnly ? [...text.matchAll(METHOD_REF)] : [...text.matchAll(REF), ...text.matchAll(NUMBERED_REF)];
  for (const ref of refs) {
    const label = ref[1]!;
    // "(a)" or "(1)": a lettered or numbered paragraph of the same section only.
    const local = /^\(/.test(label);
    const re = labelPattern(label);
    const blocks = ctx.doc.blocks;
    const at = blocks.findIndex((b) => b !== from && re.test(b.norm.text) && (!local || b.section === from.section));
    if (at < 0) continue;
    const target = blocks[at]!;
    // A whole section is too much to hand over where only a numbered item or paragraph is meant.
    if (!sections && target.kind === 'heading') continue;
    out.push(target);
    // An item of a schedule table ("Item 6 of the Schedule"): the numbered cell's row is the item.
    if (target.kind === 'tableCell') {
      const line = ctx.doc.text.lastIndexOf('\n', target.start - 1);
      const lineEnd = ctx.doc.text.indexOf('\n', target.start);
      for (let i = at + 1; i < blocks.length && blocks[i]!.start < (lineEnd < 0 ? Infinity : lineEnd) && blocks[i]!.start > line; i++) out.push(blocks[i]!);
    }
    if (target.kind === 'heading') {
      for (let i = at + 1; i < blocks.length && i <= at + MAX_BLOCKS; i++) {
        const b: Block = blocks[i]!;
        if (b.kind === 'heading') break;
        out.push(b);
      }
    }
    if (out.length > MAX_BLOCKS * 2) break;
  }
  return out;
}
