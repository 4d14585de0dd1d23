// A record written as "Label: value" list items (a threshold register, a config reference): the trigger
// in "- Trigger: a 4x increase in effective compute" is read with its sibling fields ("- Compared against:
// the most recent gated model", "- Measured by: …", "- Counting rule: …"), each under its own label.
import type { Block } from '../../document';
import { isArtefact, wholeBlock, type ScopeProvider, type ScopeRegion } from './scope';

const FIELD = /^[\s>*_-]{0,6}[A-Z][\w /()-]{0,40}?:\s/u;
const MAX_FIELDS = 12;

function isField(block: Block): boolean {
  return block.inList && FIELD.test(block.norm.text);
}

export const recordScope: ScopeProvider = {
  id: 'record',
  where: 'the other fields of its record',
  regions(m, ctx) {
    const own = m.sentence.block;
    if (!isField(own)) return [];
    const at = ctx.blockIndex.get(own);
    if (at === undefined) return [];
    const blocks = ctx.doc.blocks;
    const out: ScopeRegion[] = [];
    for (let i = at - 1, n = 0; i >= 0 && n < MAX_FIELDS; i--, n++) {
      const b = blocks[i]!;
      if (isArtefact(b)) continue;
      if (!isField(b)) break;
      out.push(wholeBlock(b, 'record'));
    }
    for (let i = at + 1, n = 0; i < blocks.length && n < MAX_FIELDS; i++, n++) {
      const b = blocks[i]!;
      if (isArtefact(b)) continue;
      if (!isField(b)) break;
      out.push(wholeBlock(b, 'record'));
    }
    return out;
  },
};
