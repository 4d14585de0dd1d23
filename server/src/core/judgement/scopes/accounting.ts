// How the document counts training compute and prices it, wherever it says so. Corpus rule 6 judges the
// counting facet over the whole file: "For purposes of this chapter, the quantity of computing power used
// to train a model shall include …" or "The cost … shall be calculated using the average market price …"
// holds for every compute or cost threshold of the document, not only for the one beside it. This provider
// reads every sentence that speaks of training compute, operations or compute cost, for the counting facet
// only. A cluster's capacity (operations per second) is not counted by training stages but by numeric
// precision (rule 7), which only its own text states, so it takes nothing from here. Quoted and historical
// text (blockquotes, changelogs) says nothing about this document's rule.
import type { Sentence } from '../../document';
import type { RawMention } from '../../mentions';
import { EC_WORDS } from '../../patterns';
import type { FacetId, MentionKind } from '../../types';
import { isArtefact, sentencesWhere, type ScopeContext, type ScopeProvider, type ScopeRegion } from './scope';
import { quotedBlock } from '../quotation';

const COUNTING: readonly FacetId[] = ['counting'];
const KINDS: ReadonlySet<MentionKind> = new Set<MentionKind>(['absolute-compute', 'relative-compute', 'delegated-compute', 'compute-cost']);
/** What the sentence must speak of: training compute, its operations, or what it costs. */
const COMPUTE_NOUN = /\b(?:comput(?:e|ing|ation)|operations|FLOPs?)\b/iu;
/** A sentence about what a run costs ("Cost is priced at …"): it prices a cost threshold, and counts nothing else. */
const COST_NOUN = /\bcosts?\b/iu;
/** What a reported figure covers describes a measurement (corpus rule 8), not the document's rule. */
const MEASURED_FIGURE = /\b(?:figures?|estimates?|measured\s+values?|reported\s+values?)\s+(?:covers?|includes?|excludes?|counts?|is|are|was|were)\b/iu;
/** A rate: "operations per second", "FLOP/s". ("FLOPS" alone is ambiguous: often a misspelt quantity.) */
const PER_SECOND = /\bper\s+second\b|\/\s?s\b/u;
const MAX_SENTENCES = 120;

const REGIONS = new WeakMap<ScopeContext, { all: ScopeRegion[]; cost: ScopeRegion[] }>();
/** A sentence that speaks of compute, and not of what a reported figure covers. */
/** Effective compute is a different quantity: what it includes or excludes is its post-training treatment, not this counting rule. */
const EFFECTIVE = new RegExp(String.raw`\b${EC_WORDS}`, 'iu');
const aboutCompute = (st: string): boolean => COMPUTE_NOUN.test(st) && !EFFECTIVE.test(st) && !MEASURED_FIGURE.test(st);
const aboutCost = (st: string): boolean => COST_NOUN.test(st) && !COMPUTE_NOUN.test(st) && !MEASURED_FIGURE.test(st);

function accountingRegions(ctx: ScopeContext): { all: ScopeRegion[]; cost: ScopeRegion[] } {
  let regions = REGIONS.get(ctx);
  if (regions) return regions;
  // A counting clause inside a threshold ("> 5e25 FLOP, incl. pre-training and RL") or beside a measured
  // value ("post-training, including RL, added 6e24 FLOP") is that statement's own, not the document's rule.
  const withValue = new Set<Sentence>();
  for (const m of ctx.mentions) if (m.kind !== 'effective-compute-term') withValue.add(m.sentence);
  const all: ScopeRegion[] = [];
  const cost: ScopeRegion[] = [];
  for (const block of ctx.doc.blocks) {
    if (all.length + cost.length >= MAX_SENTENCES) break;
    if (block.kind === 'heading' || quotedBlock(block, ctx.doc.text) || block.section.isChangelog || isArtefact(block)) continue;
    const about = sentencesWhere(block, aboutCompute);
    const aboutPrice = sentencesWhere(block, aboutCost);
    for (const sentence of block.sentences) {
      if (withValue.has(sentence)) continue;
      const region: ScopeRegion = { block, nStart: sentence.normStart, nEnd: sentence.normEnd, scope: 'accounting' };
      if (about.has(sentence.index)) all.push(region);
      else if (aboutPrice.has(sentence.index)) cost.push(region);
    }
  }
  regions = { all, cost: [...all, ...cost] };
  REGIONS.set(ctx, regions);
  return regions;
}

/** A cluster's capacity (operations per second): counted by precision, not by training stages (rule 7). */
export function isCapacity(m: RawMention, text: string): boolean {
  return PER_SECOND.test(text.slice(m.start, Math.min(m.sentence.end, m.end + 40)));
}

export const accountingScope: ScopeProvider = {
  id: 'accounting',
  where: 'the document\'s rule for counting or pricing training compute',
  facets: COUNTING,
  documentLevel: true,
  regions(m, ctx) {
    if (!KINDS.has(m.kind)) return [];
    if (isCapacity(m, ctx.doc.text)) return [];
    const regions = accountingRegions(ctx);
    // "Cost is priced at the published list price" prices a cost threshold; it counts no FLOP.
    return m.kind === 'compute-cost' ? regions.cost : regions.all;
  },
};
