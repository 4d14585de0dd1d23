// Provisions that supplement a numbered paragraph from elsewhere: "2.3 For the purposes of paragraph 2.1:
// (a) gains from fine-tuning … are excluded; (b) the factor was fitted on runs between 10^22 and 10^25
// FLOP", "4.1 The following count toward the training compute … for the purposes of paragraphs 4.2 and
// 4.3:". The supplement (and the items its lead-in introduces) is in force for text in the paragraphs it
// names, and for definitions stated there. Legal and standards drafting use this form (issue 10, cause 5).
import type { Block } from '../../document';
import { wholeBlock, isArtefact, type ScopeContext, type ScopeProvider, type ScopeRegion } from './scope';

const PURPOSE = /\bfor\s+(?:the\s+)?purposes?\s+of\s+(?:(?:paragraphs?|sections?|clauses?|subsections?|articles?|subdivisions?)\s+((?:\(?[\w.]{1,12}\)?)(?:[ \t]{0,3}(?:,|and|or|to|through)[ \t]{0,3}(?:\(?[\w.]{1,12}\)?)){0,6})|(\d+(?:\.\d+)+))/giu;
const BLOCK_LABEL = /^[\s#*_>-]*(?:(?:section|paragraph|clause|article)\s+)?(\d+(?:\.\d+)+|\d+\.?|\(\w{1,4}\)|[A-Z]\.)(?=[\s:.)])/iu;
interface Supplement {
  blocks: Block[];
  /** Index of the supplementing block: a local label such as "(b)" only reaches nearby paragraphs. */
  at: number;
}

const INDEX = new WeakMap<ScopeContext, Map<string, Supplement[]>>();
const LOCAL_REACH = 12;
const MAX_ITEMS = 20;

export function blockLabel(block: Block): string | undefined {
  const m = BLOCK_LABEL.exec(block.norm.text);
  return m ? m[1]!.replace(/\.$/, '') : undefined;
}

/** Supplements by the label of the paragraph they are for. */
function index(ctx: ScopeContext): Map<string, Supplement[]> {
  let map = INDEX.get(ctx);
  if (map) return map;
  map = new Map();
  const blocks = ctx.doc.blocks;
  blocks.forEach((block, i) => {
    if (!/purpose/i.test(block.norm.text)) return;
    for (const m of block.norm.text.matchAll(PURPOSE)) {
      const labels = (m[1] ?? m[2]!).split(/[ \t]{0,3}(?:,|and|or|to|through)[ \t]{0,3}/).map((l) => l.replace(/\.$/, '')).filter(Boolean);
      const supplement = [block];
      if (/:\s*$/.test(block.norm.text)) {
        for (let j = i + 1; j < blocks.length && supplement.length <= MAX_ITEMS; j++) {
          const b = blocks[j]!;
          if (isArtefact(b)) continue;
          const label = blockLabel(b);
          if (!b.inList && !(label && label.startsWith('('))) break;
          supplement.push(b);
        }
      }
      for (const label of labels) {
        const entry = { blocks: supplement, at: i };
        const list = map!.get(label);
        if (list) list.push(entry);
        else map!.set(label, [entry]);
      }
    }
  });
  INDEX.set(ctx, map);
  return map;
}

/** The supplements in force for text in `block`. */
export function supplementsOf(block: Block, ctx: ScopeContext): Block[] {
  const label = blockLabel(block);
  if (!label) return [];
  const at = ctx.blockIndex.get(block) ?? -1;
  const local = label.startsWith('(');
  return (index(ctx).get(label) ?? []).filter((e) => !local || Math.abs(e.at - at) <= LOCAL_REACH).flatMap((e) => e.blocks).filter((b) => b !== block);
}

export const purposeClauseScope: ScopeProvider = {
  id: 'purpose-clause',
  where: 'a provision stated for the purposes of its paragraph',
  regions(m, ctx) {
    // Items are read under the provision that introduces them: "The following count toward training
    // compute …: (a) pre-training, fine-tuning and reinforcement learning".
    const blocks = supplementsOf(m.sentence.block, ctx);
    const lead = blocks[0];
    const label = lead && /:\s*$/.test(lead.norm.text) ? lead.norm.text.replace(/\s+/g, ' ').trim().slice(-200) : undefined;
    return blocks.map((b): ScopeRegion => (label && b !== lead ? { ...wholeBlock(b, 'purpose-clause'), label } : wholeBlock(b, 'purpose-clause')));
  },
};
