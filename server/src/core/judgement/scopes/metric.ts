// Statements about the metric anywhere in the document. Corpus rules 1 and 15 judge the effective-compute
// facets (baseline, benchmark, scale, post-training) over the whole file: they belong to the quantity, not
// to one sentence, and "every use that relies on that definition is judged the same way". A document often
// states them away from its definition: in a later methodology paragraph ("Effective compute is measured
// on …"), a note, an annex or a section titled for the metric. This provider reads every block that speaks
// of effective compute (by name, by an abbreviation the document coins, or under a heading that names it)
// for those four facets only; never for a reference point or a counting rule, which belong to one threshold.
// Quoted and historical text (blockquotes, changelogs) states nothing about this document's metric.
import { columnOfBlock, sentenceText, type Block, type Section, type Sentence } from '../../document';
import { EFFECTIVE_COMPUTE } from '../../mentions';
import { EC_WORDS } from '../../patterns';
import type { FacetId, MentionKind } from '../../types';
import { containsWord, isArtefact, sentencesWhere, type ScopeContext, type ScopeProvider, type ScopeRegion } from './scope';
import { quotedBlock } from '../quotation';

export const METRIC_FACETS: readonly FacetId[] = ['baseline', 'benchmark', 'scale', 'postTraining'];

/** Kinds whose effective-compute facets are the metric's own. */
const METRIC_KINDS: ReadonlySet<MentionKind> = new Set<MentionKind>(['effective-compute-term', 'relative-effective-compute', 'absolute-effective-compute', 'unit-multiplier']);
const EC_TITLE = new RegExp(String.raw`\b${EC_WORDS}\b`, 'iu');
/** At most this many sentences are read: a document that speaks of the metric more often says nothing new. */
const MAX_SENTENCES = 120;
/** Definition numbers looked for: a document with thousands of numbered definitions is not searched for each. */
const MAX_NUMBERS = 8;

/**
 * A sentence that states a threshold speaks of that threshold: its dates and comparison points are the
 * threshold's reference ("two years of the average rate of progress during 2018 to 2024"), not the metric's
 * baseline. Only sentences that use the bare term, and state no threshold, speak of the metric itself.
 */
const METRIC_ONLY: MentionKind = 'effective-compute-term';
/** A change in the quantity is a threshold or a trend, even where no multiple was recognised. */
const CHANGE = /\b(?:increases?|increased|growth|grows?|scale-?ups?|jumps?|accelerat\w*|(?:rate|pace)\s+of\s+(?:\w+\s+)?progress|rates?\s+of|doubl\w*|equivalent\s+to)\b/iu;

/**
 * What effective compute is, said without the term: "It's how much compute our reference recipe would
 * have needed to get the same result." A paragraph that says it is about the metric, whole.
 */
const COUNTERFACTUAL_COMPUTE = /\b(?:compute|FLOPs?|operations)\b[^.;?]{0,100}?\bwould\s+(?:have\s+)?(?:needed|required|need|require|taken)\b[^.;?]{0,80}?\b(?:same|equal|equivalent|match(?:ing)?)\b/iu;
const sayWhatItIs = (st: string): boolean => COUNTERFACTUAL_COMPUTE.test(st);

/** The number a definition is filed under: "**D1. Effective compute.**", "2.4 **Effective Compute**", "| 3.4 |". */
const DEFINITION_NUMBER = /^[\s*_|>-]{0,6}((?:[A-Z]{1,2}|§\s?)?\d{1,2}(?:\.\d{1,2}){0,2})[.)]?\s/u;

/** A sentence whose subject is a pronoun or "this number": it continues the sentence before it. */
const PRONOUN_SUBJECT = /^[\s*_>-]*(?:(?:we|you)\s+(?:count|measure|compute|estimate|calculate|take|fix)\s+(?:it|that|this)\b|it\s+(?:is\s+)?(?:called|named)\b)|^[\s*_>-]*(?:it|this(?:\s+(?:number|measure|metric|figure|quantity|estimate))?|that\s+(?:number|measure|metric|figure))\s+(?:is|was|does|also|only|counts?|tells?|measures?|adjusts?|reflects?|covers?|includes?|excludes?|captures?|ignores?|uses?|comes?|starts?|is\s+counted|is\s+measured)\b/iu;

const REGIONS = new WeakMap<ScopeContext, ScopeRegion[]>();
/** A code name: capitals and a number joined by a hyphen ("R-0", "K-24", "PW-Heldout-5", "Tern-2"). */
const CODE_NAME = /(?<![\w-])\p{Lu}[\p{L}\d]{0,12}(?:-[\p{L}\d]{1,12}){0,2}-\d{1,4}(?![\w-])/gu;
const aboutChange = (st: string): boolean => CHANGE.test(st);
/** "The measure", "this metric", "the multiplier", "the recipe-to-model compute ratio": the metric named by reference. */
const aboutTheMetric = (st: string): boolean => /\b(?:the|this|that)\s+(?:measure|metric|multiplier|efficiency\s+factor|compute\s+multiplier|(?:[\w-]+\s+){1,2}?(?:compute\s+)?ratio)\b/i.test(st);

function metricRegions(ctx: ScopeContext): ScopeRegion[] {
  let regions = REGIONS.get(ctx);
  if (regions) return regions;
  const aliases = ctx.abbreviations.filter((a) => a.term === EFFECTIVE_COMPUTE).map((a) => a.abbr);
  const about = new Set<Sentence>();
  const other = new Set<Sentence>();
  for (const m of ctx.mentions) {
    if (m.kind === METRIC_ONLY) about.add(m.sentence);
    // A compute range that says where the multiplier was fitted ("We fit the ratio on runs between 10^21
    // and 3 × 10^24 FLOP", drafts-dk 02) states the metric's scale; it is not a threshold.
    // So does the equivalence that defines the metric: "a model's effective compute is the compute the A2
    // recipe would have needed to reach equivalent performance" (drafts-eq 03) says what the metric is.
    else if (ctx.roleReasonOf?.(m) !== 'descriptive.scale-statement' && m.kind !== 'compute-equivalence') other.add(m.sentence);
  }
  // The document's own names for the quantity count too: a section titled "Method of Conversion of
  // Effective Amount of Computation" is about the metric of a decree that calls it that.
  const names = new Set<string>();
  for (const m of ctx.mentions) if (m.kind === METRIC_ONLY && names.size < 8) names.add(ctx.doc.text.slice(m.start, m.end).replace(/[*_\s]+/g, ' ').trim().toLowerCase());
  const nameList = [...names];
  const titled = (t: string) => EC_TITLE.test(t) || aliases.some((a) => containsWord(t, a)) || (nameList.length > 0 && nameList.some((n) => t.toLowerCase().replace(/\s+/g, ' ').includes(n)));
  regions = [];
  const out = regions;
  const seen = new Set<Sentence>();
  const add = (block: Block, sentence: Sentence): void => {
    if (seen.has(sentence) || other.has(sentence) || out.length >= MAX_SENTENCES) return;
    seen.add(sentence);
    out.push({ block, nStart: sentence.normStart, nEnd: sentence.normEnd, scope: 'metric' });
  };
  // Every definition of the term is about the metric, whole: "The reference recipe is anchored to R-24 …"
  // completes the definition without naming the term again. (The definition scope reads only the one in
  // force; a document may define the term twice, in a glossary and in the text.) So is a paragraph of
  // the definition's section that speaks of "the measure" or "the metric" ("5.3 … because the measure in
  // 5.2 is taken on pre-trained checkpoints").
  const bySection = new Map<Section, Block[]>();
  for (const block of ctx.doc.blocks) {
    if (block.kind === 'heading') continue;
    const list = bySection.get(block.section);
    if (list) list.push(block);
    else bySection.set(block.section, [block]);
  }
  const numbers = new Set<string>();
  const definitionStarts = new Set(ctx.definitions.map((d) => d.blocks[0]!));
  for (const d of ctx.definitionsByTerm.get(EFFECTIVE_COMPUTE) ?? []) {
    // Another party's definition, quoted, is not the document's (corpus rule 17): an e-mail's quoted strawman.
    if (d.source || out.length >= MAX_SENTENCES || quotedBlock(d.blocks[0]!, ctx.doc.text)) continue;
    // The code names the definition uses ("Reference Recipe R-0", "the K-24 recipe"): a paragraph of the
    // same section that names one goes on defining it ("0.2 Reference Recipe R-0 is the dense-transformer
    // recipe frozen on 1 February 2025", drafts-eb 01).
    const codes = new Set<string>();
    for (const b of d.blocks) for (const m of b.norm.text.matchAll(CODE_NAME)) if (codes.size < 6) codes.add(m[0]);
    const namesCode = (st: string): boolean => codes.size > 0 && [...codes].some((c) => containsWord(st, c));
    // A document without headings has no sections: its one root section is not the definition's.
    const section = d.blocks[0]!.section;
    for (const block of section.titles.length > 0 ? (bySection.get(section) ?? []) : []) {
      if (d.blocks.includes(block)) continue;
      const hits = sentencesWhere(block, aboutTheMetric);
      const named = codes.size > 0 ? sentencesWhere(block, namesCode) : undefined;
      for (const sentence of block.sentences) if (hits.has(sentence.index) || named?.has(sentence.index)) add(block, sentence);
    }
    for (const block of d.blocks) for (const sentence of block.sentences) add(block, sentence);
    for (const block of elaboratingItems(ctx, d.blocks[0]!, definitionStarts)) for (const sentence of block.sentences) add(block, sentence);
    const label = DEFINITION_NUMBER.exec(d.blocks[0]!.norm.text)?.[1];
    if (label && label.length >= 2 && numbers.size < MAX_NUMBERS) numbers.add(label);
  }
  // A numbered definition is cited by its number: "D2. What the D1 number does not see. The loss in D1 is
  // measured on pretrained checkpoints only" speaks of the metric that D1 defines. One pass over the
  // document for all the definitions' numbers.
  if (numbers.size > 0) {
    for (const block of ctx.doc.blocks) {
      if (out.length >= MAX_SENTENCES) break;
      if (block.kind === 'heading') continue;
      const cited = [...numbers].filter((n) => block.norm.text.includes(n));
      if (cited.length === 0) continue;
      for (const sentence of block.sentences) if (cited.some((n) => containsWord(sentenceText(sentence), n))) add(block, sentence);
    }
  }
  // Sentences that use the term (or the document's abbreviation of it), and any under a heading that
  // names it, unless they speak of a change in the quantity.
  for (const block of ctx.doc.blocks) {
    if (out.length >= MAX_SENTENCES) break;
    if (block.kind === 'heading' || quotedBlock(block, ctx.doc.text) || block.section.isChangelog || isArtefact(block)) continue;
    const inTitled = block.section.titles.some(titled);
    const changes = sentencesWhere(block, aboutChange);
    const anaphora = sentencesWhere(block, aboutTheMetric);
    const whole = sentencesWhere(block, sayWhatItIs).size > 0;
    // After a sentence about the metric, the same paragraph's "the multiplier" or "the measure" is it too
    // ("We track every run in effective compute: … . We estimate the multiplier with ablations run within
    // one order of magnitude of the planned run").
    let spokeOfIt = false;
    // A sentence that opens on a pronoun right after one about the metric is about it too: "We use a number
    // called effective compute. It tells us how big a model really is. It counts the computer power used in
    // training." (plain-language policies say one thing per sentence).
    let previousNamed = false;
    for (const sentence of block.sentences) {
      if (changes.has(sentence.index)) {
        previousNamed = false;
        continue;
      }
      const st = sentenceText(sentence);
      const named = about.has(sentence) || (aliases.length > 0 && aliases.some((a) => containsWord(st, a)));
      const pronoun: boolean = previousNamed && PRONOUN_SUBJECT.test(st);
      if (inTitled || whole || named || pronoun || (spokeOfIt && anaphora.has(sentence.index))) add(block, sentence);
      spokeOfIt ||= named;
      previousNamed = named || pronoun;
    }
  }
  REGIONS.set(ctx, regions);
  return regions;
}

/** At most this many list items after a definition are read as its elaboration. */
const MAX_ELABORATION = 6;

/**
 * The items after a list-item definition that go on describing it, up to the next item that defines
 * something else: a slide's "- Effective compute = physical FLOP × multiplier" is followed by "- Multiplier
 * counted against the Atlas-2 recipe, frozen on 15 January 2025" and "- Multiplier re-estimated every
 * quarter", which say what the first item's terms are without repeating them.
 */
function elaboratingItems(ctx: ScopeContext, first: Block, definitionStarts: ReadonlySet<Block>): Block[] {
  if (!first.inList) return [];
  const out: Block[] = [];
  const col = columnOfBlock(ctx.doc.text, first);
  const at = ctx.blockIndex.get(first);
  if (at === undefined) return out;
  for (let i = at + 1; i < ctx.doc.blocks.length && out.length < MAX_ELABORATION; i++) {
    const b = ctx.doc.blocks[i]!;
    if (isArtefact(b)) continue;
    if (!b.inList || b.kind === 'heading' || definitionStarts.has(b) || columnOfBlock(ctx.doc.text, b) < col) break;
    out.push(b);
  }
  return out;
}


export const metricScope: ScopeProvider = {
  id: 'metric',
  where: 'a statement about effective compute elsewhere in the document',
  facets: METRIC_FACETS,
  documentLevel: true,
  regions(m, ctx) {
    if (!METRIC_KINDS.has(m.kind) || (m.kind === 'unit-multiplier' && m.buffer)) return [];
    return metricRegions(ctx);
  },
};
