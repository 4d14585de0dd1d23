// Footnotes the mention's sentence cites: Markdown [^x] references and PDF-style markers glued to a word
// ("effective compute3" with a later "3 Effective compute is …" paragraph).
import { continuationOf } from './sentence';
import { wholeBlock, type ScopeProvider, type ScopeRegion } from './scope';

export const footnoteScope: ScopeProvider = {
  id: 'footnote',
  where: 'its footnote',
  regions(m, ctx) {
    const { sentence } = m;
    const block = sentence.block;
    const next = continuationOf(sentence) ?? block.sentences[sentence.index + 1];
    const refEnd = next ? next.end : block.end;
    const out: ScopeRegion[] = [];
    for (const ref of block.footnoteRefs) {
      if (ref.offset < sentence.start || ref.offset > Math.min(refEnd, sentence.end + 4)) continue;
      for (const fb of ctx.doc.footnotes.get(ref.label) ?? []) out.push(wholeBlock(fb, 'footnote'));
    }
    return out;
  },
};
