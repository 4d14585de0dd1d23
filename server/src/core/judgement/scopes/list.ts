// Lists and lettered clauses. An item reads its lead-in ("… is operationalized as at least one of the
// following:") and the sentence before the lead-in, which often names the reference point ("notably more
// capable than the last model that underwent a comprehensive assessment"). When the lead-in defines or
// operationalises something, the items share one definition, so an item also reads its siblings. A mention
// in the lead-in reads the items that follow it.
import { isPdfFootnoteParagraph, sentenceText, type Block, type Sentence } from '../../document';
import { isArtefact, type ScopeProvider, type ScopeRegion } from './scope';

const CLAUSE_START = /^[\s>*-]*\(?(?:[ivxlc]{1,5}|[a-z]|\d{1,3})[.)]\s/i;
const DEFINING_LEAD_IN = /\b(?:operationali[sz]ed|defined|means|consists?\s+of|any\s+of\s+the\s+following|(?:at\s+least\s+)?one\s+of\s+the\s+following|either\s+of\s+the\s+following)\b/iu;
const MAX_WALK = 30;

function isItem(block: Block): boolean {
  return block.inList || CLAUSE_START.test(block.norm.text);
}

function endsWithColon(s: Sentence | undefined): boolean {
  return !!s && /:\s*$/.test(sentenceText(s));
}

/** The block before, past page artefacts and the footnotes a PDF extraction sets between a lead-in and its list. */
function previousProse(block: Block): Block | undefined {
  let prev = block.previous;
  for (let i = 0; prev && i < 5 && (isArtefact(prev) || isPdfFootnoteParagraph(prev)); i++) prev = prev.previous;
  return prev;
}

/** The lead-in sentence of the list or clause run that `block` belongs to, if it has one. */
export function leadInOf(block: Block): Sentence | undefined {
  if (!isItem(block)) return undefined;
  let b: Block = block;
  for (let steps = 0; steps < MAX_WALK; steps++) {
    const prev = previousProse(b);
    if (!prev) return undefined;
    const last = prev.sentences[prev.sentences.length - 1];
    if (endsWithColon(last)) return last;
    if (!isItem(prev)) return undefined;
    b = prev;
  }
  return undefined;
}

export function sentenceBefore(s: Sentence): Sentence | undefined {
  if (s.index > 0) return s.block.sentences[s.index - 1];
  const prev = previousProse(s.block);
  return prev?.sentences[prev.sentences.length - 1];
}

function region(s: Sentence, scope: ScopeRegion['scope']): ScopeRegion {
  return { block: s.block, nStart: s.normStart, nEnd: s.normEnd, scope };
}

/** The items after a lead-in block, up to the first block that is not an item. */
function itemsAfter(block: Block, index: Map<Block, number>, blocks: readonly Block[]): Block[] {
  const out: Block[] = [];
  const at = index.get(block);
  if (at === undefined) return out;
  for (let i = at + 1; i < blocks.length && out.length < MAX_WALK; i++) {
    const b = blocks[i]!;
    if (isArtefact(b)) continue;
    if (!isItem(b)) break;
    out.push(b);
  }
  return out;
}

export const listLeadInScope: ScopeProvider = {
  id: 'list-lead-in',
  where: 'the list lead-in',
  regions(m, ctx) {
    if (m.sentence.index > 0 && !m.sentence.block.inList) return [];
    const lead = leadInOf(m.sentence.block);
    if (!lead) return [];
    const out = [region(lead, 'list-lead-in')];
    const before = sentenceBefore(lead);
    if (before) out.push(region(before, 'list-lead-in'));
    if (DEFINING_LEAD_IN.test(sentenceText(lead))) {
      // Items operationalising one term share its definition: a sibling may state what this item leaves out.
      for (const b of itemsAfter(lead.block, ctx.blockIndex, ctx.doc.blocks)) {
        if (b !== m.sentence.block) out.push({ block: b, nStart: 0, nEnd: b.norm.text.length, scope: 'list-lead-in' });
      }
    }
    // The item itself read under its lead-in: "The following count toward training compute: (a) pre-training …".
    const own = m.sentence.block;
    out.push({ block: own, nStart: 0, nEnd: own.norm.text.length, scope: 'list-lead-in', label: sentenceText(lead).replace(/\s+/g, ' ').trim().slice(-200) });
    return out;
  },
};

export const listItemsScope: ScopeProvider = {
  id: 'list-items',
  where: 'the list its sentence introduces',
  regions(m, ctx) {
    const block = m.sentence.block;
    if (m.sentence.index !== block.sentences.length - 1 || !endsWithColon(m.sentence)) return [];
    const label = sentenceText(m.sentence).replace(/\s+/g, ' ').trim().slice(-200);
    return itemsAfter(block, ctx.blockIndex, ctx.doc.blocks).map((b) => ({ block: b, nStart: 0, nEnd: b.norm.text.length, scope: 'list-items', label }));
  },
};
