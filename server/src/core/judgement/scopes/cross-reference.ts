// Cross-references in the mention's sentence: "as defined in Section 3.2", "see paragraph 2.1", "(see
// Annex A)", "paragraph (a) of this subdivision". The target is the numbered heading's section or the
// numbered paragraph; a reference whose target is not in the document supplies nothing.
import { sentenceText, type Block } from '../../document';
import { wholeBlock, type ScopeProvider, type ScopeRegion } from './scope';

const REF = /\b(?:as\s+(?:defined|set\s+out|described|specified)\s+in|in\s+accordance\s+with|according\s+to|pursuant\s+to|see|under|in|of|per|by)\s+(?:section|paragraph|para\.?|clause|annex|appendix|§)\s*(\(?[A-Z0-9][\w.]*\)?)/giu;
/** A bare clause number: "per 3.6", "(3.2)", "under 5.1 or 5.2". */
const NUMBERED_REF = /(?:\b(?:per|under|in|see)\s|\()(\d{1,2}\.\d{1,2}(?:\.\d{1,2})?)\b/gu;
const MAX_BLOCKS = 15;

function labelPattern(label: string): RegExp {
  const bare = label.replace(/^\(|\)$/g, '').replace(/\.$/, '').replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(String.raw`^[\s#*_>-]*(?:(?:section|paragraph|clause|annex|appendix|§)\s*)?\(?${bare}(?:[.)]|\s|:)`, 'iu');
}

export const crossReferenceScope: ScopeProvider = {
  id: 'cross-reference',
  where: 'the section it refers to',
  regions(m, ctx) {
    const st = sentenceText(m.sentence);
    if (!/section|paragraph|para|clause|annex|appendix|§|\d\.\d/i.test(st)) return [];
    const out: ScopeRegion[] = [];
    REF.lastIndex = 0;
    for (const ref of [...st.matchAll(REF), ...st.matchAll(NUMBERED_REF)]) {
      const label = ref[1]!;
      // "(a)" or "(1)": a lettered or numbered paragraph of the same section only.
      const local = /^\(/.test(label);
      const re = labelPattern(label);
      const blocks = ctx.doc.blocks;
      const at = blocks.findIndex((b) => b !== m.sentence.block && re.test(b.norm.text) && (!local || b.section === m.sentence.block.section));
      if (at < 0) continue;
      const target = blocks[at]!;
      out.push(wholeBlock(target, 'cross-reference'));
      if (target.kind === 'heading') {
        for (let i = at + 1; i < blocks.length && i <= at + MAX_BLOCKS; i++) {
          const b: Block = blocks[i]!;
          if (b.kind === 'heading') break;
          out.push(wholeBlock(b, 'cross-reference'));
        }
      }
      if (out.length > MAX_BLOCKS * 2) break;
    }
    return out;
  },
};
