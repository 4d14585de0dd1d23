// Evaluate facets: for each mention, which of the six specifications the document states, and where.
//
// Cues are phrases that state a facet (domain.md §4.1). They are searched, in order, in the mention's
// sentence and the sentence after it in the same block, the footnotes that sentence cites, the
// definition in force for the mention's term, and configured glossaries (domain.md §4.3).
import type { Block, ParsedDocument, Sentence } from './document';
import type { ResolvedDefinition } from './definitions';
import { EFFECTIVE_COMPUTE, CEG_TERM, type RawMention } from './mentions';
import { mapRange } from './normalize';
import { TRAINING_COMPUTE } from './definitions';
import type { Evidence, FacetId, FacetResult, MentionKind } from './types';
import { FACETS } from './types';

const EC_FACETS: FacetId[] = ['baseline', 'benchmark', 'scale', 'postTraining'];

/** Which facets a mention needs, by family (DESIGN.md §2 table; corpus/README.md judging rules). */
export function applicableFacets(kind: MentionKind, documentUsesEffectiveCompute: boolean): FacetId[] {
  switch (kind) {
    case 'effective-compute-term':
      return EC_FACETS;
    case 'relative-effective-compute':
      return [...EC_FACETS, 'reference'];
    case 'unit-multiplier':
      // A multiple whose unit is unstated: if the document works in effective compute, it inherits
      // every effective-compute facet, but not the term's definition (the unit is only implied).
      return documentUsesEffectiveCompute ? [...EC_FACETS, 'reference'] : ['benchmark', 'reference'];
    case 'relative-compute':
      return ['reference', 'counting'];
    case 'relative-capability':
    case 'progress-rate':
    case 'capability-jump':
      return ['benchmark', 'reference'];
    case 'absolute-compute':
    case 'delegated-compute':
    case 'compute-cost':
      return ['counting'];
    case 'compute-equivalence':
      return [...EC_FACETS, 'counting'];
    case 'capability-equivalence':
      return ['benchmark'];
  }
}

// A year or a placeholder the author has yet to fill ("⟨YYYY-MM-DD⟩").
const DATE = String.raw`(?:(?:\d{1,2}\s+)?(?:[A-Z][a-z]+\.?\s+)?(?:\d{1,2},?\s+)?(?:19|20)\d{2}(?:-\d{2}(?:-\d{2})?)?|⟨[^⟩]{1,40}⟩)`;
const PLACEHOLDER = String.raw`⟨[^⟩]{1,80}⟩`;

const BENCHMARK_NAMES = String.raw`MMLU(?:-Pro)?|GPQA(?:\s+Diamond)?|MATH(?:-500|\s+Level\s+5)?|SWE-bench(?:\s+Verified)?|HumanEval|MBPP|WikiText(?:-103)?|Penn\s+Treebank|The\s+Pile|ImageNet|BIG-?Bench(?:\s+Hard)?|HellaSwag|ARC-(?:AGI|Challenge|Easy)|GSM8K|LAMBADA|RE-Bench|Cybench|WMDP|LiveCodeBench|FrontierMath|Humanity's\s+Last\s+Exam|C4|OpenWebText`;

const CUES: Record<FacetId, RegExp[]> = {
  baseline: [
    new RegExp(String.raw`\b(?:relative\s+to|compared\s+(?:to|with)|against)\s+(?:the\s+)?(?:(?:19|20)\d{2}\b|(?:techniques|algorithms|methods|recipes?)\s+(?:available\s+)?(?:in|as\s+of)\s+(?:19|20)\d{2})`, 'iu'),
    new RegExp(String.raw`\b(?:as\s+of|frozen\s+(?:on|at|in|as\s+of)|fixed\s+(?:on|at|in|as\s+of)|dated)\s+${DATE}`, 'u'),
    /\b(?:19|20)\d{2}(?:-era|-vintage)?\s+(?:techniques|algorithms|methods|recipes?|training\s+(?:techniques|methods|recipes?))\b/iu,
    /\b(?:19|20)\d{2}-(?:equivalent|level)\b/iu,
    /\b(?:19|20)\d{2}\s+(?:reference|baseline)\s+(?:recipe|model|architecture)\b/iu,
    new RegExp(String.raw`\b(?:baseline|reference)\s+(?:model|recipe|architecture|training\s+recipe)\s+(?:is|was|shall\s+be|:|=)\s+(?:the\s+)?(?:[A-Z0-9"“]|${PLACEHOLDER})`, 'u'),
    /\busing\s+the\s+(?:architecture|recipe|techniques|training\s+recipe|methods)\s+(?:of|from|used\s+(?:for|to\s+train))\s+[A-Z]/u,
    new RegExp(String.raw`\bcounted\s+against\s+(?:a|the)\s+(?:fixed\s+|frozen\s+)?(?:reference|baseline)\s+(?:recipe|model)\b`, 'iu'),
  ],
  benchmark: [
    /\b(?:cross[\s-]entropy|validation|test|held[\s-]out|pre-?training|log|next[\s-]token)\s+loss\b/iu,
    /\bperplexity\b/iu,
    /\bloss\s+on\s+(?:the\s+)?(?:[A-Z⟨]|held[\s-]out|validation|test)/u,
    /\b(?:accuracy|pass@\d+|pass\s+rates?|win[\s-]rates?|Elo|exact[\s-]match|scores?)\s+(?:on|of|in|across)\s+(?:the\s+)?(?:⟨[^⟩]{1,80}⟩|[A-Z][\w.-]*(?:\s+[A-Z0-9][\w.-]*){0,3})/u,
    new RegExp(String.raw`\b(?:${BENCHMARK_NAMES})\b`, 'u'),
    /\b\d+(?:\.\d+)?\s*(?:percentage\s+points?|pp)\b/iu,
    new RegExp(String.raw`\bperformance\s+is\s+(?:compared|measured|judged|evaluated)\s+(?:by|on|using|with)\b`, 'iu'),
    new RegExp(String.raw`\b(?:measured|judged|evaluated|compared)\s+(?:by|on|using)\s+${PLACEHOLDER}`, 'u'),
  ],
  scale: [
    /\bat\s+(?:the\s+)?scales?\s+of\b/iu,
    new RegExp(String.raw`\bbetween\s+(?:10\s?\^\s?\d{1,2}|\d(?:\.\d+)?e\d{1,2}|${PLACEHOLDER})\s+and\s+(?:10\s?\^\s?\d{1,2}|\d(?:\.\d+)?e\d{1,2}|${PLACEHOLDER})`, 'iu'),
    /\b(?:fit(?:ted)?|estimated|measured|calibrated|validated)\s+(?:over|across|between)\b/iu,
    /\bwithin\s+(?:\S+\s+)?orders?\s+of\s+magnitude\b/iu,
    /\bcompute\s+(?:range|regime|scale)\s+(?:of|between|from)\b/iu,
    /\bextrapolat\w+/iu,
    /\bscale[\s-](?:in)?dependen\w+/iu,
    /\bre-?fit(?:ted|ting)?\b/iu,
    /\b(?:corresponds?|equivalent)\s+to\s+(?:approximately\s+|roughly\s+|about\s+)?(?:an?\s+)?[\d.]+(?:\s?[-–]\s?[\d.]+)?\s?(?:x|×|-fold)?\s+(?:increase\s+in\s+)?(?:model\s+size|parameters?)/iu,
  ],
  postTraining: [
    /\b(?:excluding|excludes?|excluded|not\s+includ(?:e|es|ed|ing)|does\s+not\s+(?:count|include|reflect|capture|measure))\b[^.;]{0,60}?\b(?:fine-?tun\w*|post-?training|RL\b|reinforcement\s+learning|scaffold\w*|prompting|tool\s+use|inference[\s-]time|test-time|elicitation)/iu,
    /\b(?:fine-?tuning|post-?training|scaffolding|elicitation|inference-time)\b[^.;]{0,60}?\b(?:tracked|measured|assessed|handled|monitored|captured|covered)\s+(?:separately|by\s+(?:a|the)\s+separate|under\s+(?:a|the)\s+separate|in\s+calendar\s+time)/iu,
    /\bpre-?training\s+(?:improvements\s+|gains\s+)?only\b|\bfrom\s+a\s+pre-?trained\s+model\b|\b(?:on|of)\s+the\s+pre-?trained\s+(?:model|checkpoint)\b/iu,
    /\b(?:evaluated|measured|run)\s+(?:on|after)\s+(?:the\s+)?post-?trained\b/iu,
    /\b(?:with|under)\s+(?:our\s+|the\s+)?(?:best|full|standard|stated)\s+(?:available\s+|known\s+)?elicitation\b/iu,
    /\b(?:inference|test-time|reasoning)(?:[\s-]time)?\s+(?:compute\s+)?budget\b/iu,
    /\b(?:gains|improvements|enhancements)\s+from\s+(?:fine-?tuning|post-?training|reinforcement\s+learning|scaffolding)\b[^.;]{0,140}?\b(?:are|is)\s+(?:⟨|included|excluded|tracked|counted|measured|not\s+counted)/iu,
  ],
  reference: [
    /\b(?:than|from)\s+(?:\(\w+\)\s+)?(?:all|any|every)\s+(?:of\s+the\s+)?(?:[\w-]+\s+){0,2}?models?\b/iu,
    /\baway\s+from\s+(?:the\s+|a\s+)?(?:[\w-]+\s+){0,2}?(?:CCLs?|thresholds?|capability\s+levels?|limits?)\b/iu,
    /\b(?:last|latest|most\s+recent|previous|prior|preceding|original|parent|base|current)\s+(?:[\w-]+\s+){0,3}?(?:models?|checkpoints?|versions?|systems?|evaluations?|assessments?|releases?|training\s+runs?)\b/iu,
    /\bpreviously\s+(?:determined|evaluated|assessed|tested|deployed)\b/iu,
    /\bat\s+baseline\b|\bbaseline\s+(?:rate|progress|pace)\b/iu,
    /\bfrom\s+a\s+model\s+(?:that|which)\b/iu,
    /\b(?:capability|capabilities)\s+frontier\b|\bstate[\s-]of[\s-]the[\s-]art\s+models?\b/iu,
    /\b(?:progress|rate|pace)\s+(?:in|during|of|from|over)\s+(?:the\s+)?(?:period\s+(?:of\s+)?)?(?:(?:early|late|mid)\s+)?(?:19|20)\d{2}\b/iu,
    /\b(?:relative\s+to|compared\s+(?:to|with)|than)\s+(?:GPT|Claude|Gemini|Llama|o\d)[\w.-]*/u,
    /\b(?:19|20)\d{2}\s?[-–]\s?(?:19|20)?\d{2}\s+(?:rate|average|period|pace|trend)\b|\b(?:rate|average|pace|trend)\s+(?:from|between|during|over)\s+(?:\w+\s+)?(?:19|20)\d{2}\b/iu,
    new RegExp(String.raw`\b(?:counted|measured|calculated)\s+(?:from|against|relative\s+to)\s+(?:${PLACEHOLDER}|the\s+(?:last|most\s+recent|previous|original))`, 'iu'),
  ],
  counting: [
    // "Cumulative" alone is not enough (EU Art 51(2) read alone leaves stages open); it must say over what.
    /\bcumulative(?:ly)?\b[^.;]{0,40}?\b(?:across|over\s+all|including|of\s+all)\b/iu,
    /\b(?:includ(?:e|es|ed|ing)|exclud(?:e|es|ed|ing)|count(?:s|ed|ing)?|cover(?:s|ed|ing)?)\b[^.;]{0,160}?\b(?:pre-?training|post-?training|fine-?tuning|reinforcement\s+learning|RL\b|synthetic[\s-]data|distillation|reward[\s-]models?|inference|material\s+modifications?|original\s+training\s+run|all\s+(?:training\s+)?(?:stages|phases))/iu,
    /\bregardless\s+of\s+(?:numerical\s+)?precision\b|\bat\s+any\s+precision\b|\b(?:at|in)\s+(?:FP|BF|INT)\d{1,2}\b/iu,
    /\b(?:summed|aggregated|added\s+up)\s+(?:over|across)\b/iu,
    /\b(?:hardware|architecture)-based\s+(?:method|approach|estimate)/iu,
    /\b6\s?[·*×]?\s?N\s?[·*×]?\s?D\b/u,
  ],
};

/** For a compute-cost threshold, "counting" means how the cost is priced. */
const COST_CUES: RegExp[] = [
  /\b(?:calculated|computed|assessed|determined|measured|priced|valued|estimated)\s+(?:using|at|by|based\s+on|according\s+to|with)\b[^.;]{0,80}?\bprices?\b/iu,
  /\bmarket\s+prices?\s+of\s+(?:cloud\s+)?compute\b/iu,
  /\bpriced\s+at\b/iu,
];

/** A sentence that carries on the previous one ("This is counted from …", "The 4x is …"). */
const CONTINUATION = /^["'(]*(?:this|these|that|those|it|its|such|here|the\s+(?:\d[\d.]*\s?x|⟨|multiple|multiplier|threshold|count|cost|buffer|interval|trigger|figure|amount|number|ratio|increase)|gains|performance|effective\s+compute|training\s+compute)\b/iu;

const HEDGE_BEFORE = /(?:\be\.g\.,?|\bfor\s+example,?|\bsuch\s+as|\bfor\s+instance,?|\bincluding)\s*$/iu;

interface Region {
  block: Block;
  nStart: number;
  nEnd: number;
  via: Evidence['via'];
  source?: string;
}

export interface FacetContext {
  doc: ParsedDocument;
  /** Definitions by term, this document's first, then glossaries'. */
  definitionsByTerm: Map<string, ResolvedDefinition[]>;
  documentUsesEffectiveCompute: boolean;
  extraBenchmarks?: RegExp;
  /** All raw mentions of the same sentence, for cues carried by a sibling (the 10^26 of an equivalence clause). */
  siblings: (m: RawMention) => RawMention[];
}

export interface FacetEvaluation {
  facets: Record<FacetId, FacetResult>;
  definition?: ResolvedDefinition;
}

export function evaluateFacets(m: RawMention, ctx: FacetContext): FacetEvaluation {
  const applicable = new Set(applicableFacets(m.kind, ctx.documentUsesEffectiveCompute));
  const definition = definitionFor(m, ctx);
  const regions = regionsFor(m, ctx, definition);
  const facets = {} as Record<FacetId, FacetResult>;
  for (const facet of FACETS) {
    if (!applicable.has(facet)) {
      facets[facet] = { state: 'not-applicable' };
      continue;
    }
    const intrinsic = intrinsicEvidence(m, facet, ctx);
    if (intrinsic) {
      facets[facet] = { state: 'stated', evidence: intrinsic };
      continue;
    }
    const cues = facet === 'counting' && m.kind === 'compute-cost' ? COST_CUES : cuesFor(facet, m, ctx);
    const evidence = searchRegions(regions, cues, ctx);
    facets[facet] = evidence ? { state: 'stated', evidence } : { state: 'missing' };
  }
  return { facets, definition };
}

const CAPABILITY_OPERATIONALISED = /\b(?:defined\s+as|i\.e\.,?|meaning|measured\s+(?:as|by))\s+[^.;]{0,80}?(?:\d+(?:\.\d+)?\s?(?:x|×)|effective\s+compute|percentage\s+points|scores?\b)/iu;
const IN_YEAR = /\bin\s+(?:19|20)\d{2}\b/u;

/** The cue list for a facet and mention kind; the same array each time, so search results can be cached. */
/** Cue lists by facet, variant and configured benchmark names: the same array for the same key, always. */
const CUE_LISTS = new Map<string, RegExp[]>();

function cuesFor(facet: FacetId, m: RawMention, ctx: FacetContext): RegExp[] {
  const variant =
    facet === 'baseline' && m.kind === 'compute-equivalence' ? 'equivalence'
    : facet === 'benchmark' && (m.kind === 'capability-jump' || m.kind === 'relative-capability' || m.kind === 'progress-rate') ? 'capability'
    : 'plain';
  const extra = facet === 'benchmark' ? (ctx.extraBenchmarks?.source ?? '') : '';
  const key = `${facet}|${variant}|${extra}`;
  const cached = CUE_LISTS.get(key);
  if (cached) return cached;
  let cues = CUES[facet];
  if (facet === 'benchmark' && ctx.extraBenchmarks) cues = [...cues, ctx.extraBenchmarks];
  if (variant === 'equivalence') cues = [...cues, IN_YEAR];
  // A capability phrase is operationalised when it is tied to a measurable multiple or score.
  if (variant === 'capability') cues = [...cues, CAPABILITY_OPERATIONALISED];
  if (CUE_LISTS.size > 256) CUE_LISTS.clear();
  CUE_LISTS.set(key, cues);
  return cues;
}

/** Facets a phrase states by what it is. */
function intrinsicEvidence(m: RawMention, facet: FacetId, ctx: FacetContext): Evidence | undefined {
  if (facet === 'reference' && m.buffer) {
    // A safety buffer is measured back from the threshold it protects.
    return { start: m.start, end: m.end, text: ctx.doc.text.slice(m.start, m.end), via: 'intrinsic' };
  }
  if (facet === 'benchmark' && m.kind === 'capability-jump' && m.term) {
    // The document operationalises the phrase where it defines it.
    const def = ctx.definitionsByTerm.get(m.term)?.[0];
    if (def) return { start: def.start, end: def.end, text: def.label, via: def.source ? 'glossary' : 'definition', source: def.source };
  }
  if (facet === 'scale' && m.kind === 'compute-equivalence') {
    // "…greater than 10^26 operations in 2024, or a model with similar performance": the compute
    // amount the equivalence is pinned to is its scale.
    const anchor = ctx.siblings(m).find((s) => s.kind === 'absolute-compute');
    if (anchor) return { start: anchor.start, end: anchor.end, text: ctx.doc.text.slice(anchor.start, anchor.end), via: 'sentence' };
  }
  return undefined;
}

function definitionFor(m: RawMention, ctx: FacetContext): ResolvedDefinition | undefined {
  let key: string | undefined;
  if (m.kind === 'effective-compute-term' || m.kind === 'relative-effective-compute') key = m.term ?? EFFECTIVE_COMPUTE;
  else if (m.kind === 'capability-jump') key = m.term;
  else if (m.kind === 'absolute-compute' || m.kind === 'delegated-compute' || m.kind === 'relative-compute') key = TRAINING_COMPUTE;
  if (!key) return undefined;
  const defs = ctx.definitionsByTerm.get(key) ?? (key === CEG_TERM ? undefined : undefined);
  if (!defs || defs.length === 0) return undefined;
  // The definition whose text contains the mention is the one in force; otherwise the document's first.
  return defs.find((d) => !d.source && d.body.start <= m.start && m.end <= d.body.end) ?? defs.find((d) => !d.source) ?? defs[0];
}

function regionsFor(m: RawMention, ctx: FacetContext, definition: ResolvedDefinition | undefined): Region[] {
  const regions: Region[] = [];
  const { sentence } = m;
  const block = sentence.block;
  const next: Sentence | undefined = block.sentences[sentence.index + 1];
  const continues = next && CONTINUATION.test(block.norm.text.slice(next.normStart, next.normEnd));
  regions.push({ block, nStart: sentence.normStart, nEnd: continues ? next.normEnd : sentence.normEnd, via: 'sentence' });
  const refEnd = next ? next.end : block.end;
  for (const ref of block.footnoteRefs) {
    if (ref.offset < sentence.start || ref.offset > Math.min(refEnd, sentence.end + 4)) continue;
    for (const fb of ctx.doc.footnotes.get(ref.label) ?? []) regions.push({ block: fb, nStart: 0, nEnd: fb.norm.text.length, via: 'footnote' });
  }
  if (definition) {
    // The definition in force first, then every other definition of the same term: a glossary entry
    // and a footnote often share the work (each states some facets).
    const all = ctx.definitionsByTerm.get(definition.term) ?? [definition];
    for (const d of [definition, ...all.filter((o) => o !== definition)]) {
      for (const db of d.blocks) {
        regions.push({ block: db, nStart: 0, nEnd: db.norm.text.length, via: d.source ? 'glossary' : 'definition', source: d.source });
      }
    }
  }
  return regions;
}

/**
 * Cue search results, remembered on each block's text (which unchanged chunks share between edits) by
 * cue list and range, with positions relative to the block.
 */
const SEARCHES = new WeakMap<object, Map<RegExp[], Map<string, Evidence | null>>>();

function searchRegions(regions: Region[], cues: RegExp[], _ctx?: FacetContext): Evidence | undefined {
  for (const region of regions) {
    const found = cachedSearch(region, cues);
    if (found) return found;
  }
  return undefined;
}

function cachedSearch(region: Region, cues: RegExp[]): Evidence | undefined {
  let byCues = SEARCHES.get(region.block.norm);
  if (!byCues) SEARCHES.set(region.block.norm, (byCues = new Map()));
  let byRange = byCues.get(cues);
  if (!byRange) byCues.set(cues, (byRange = new Map()));
  const key = `${region.nStart}:${region.nEnd}:${region.via}:${region.source ?? ''}`;
  let relative = byRange.get(key);
  if (relative === undefined) {
    const found = searchRegion(region, cues);
    relative = found ? { ...found, start: found.start - region.block.start, end: found.end - region.block.start } : null;
    byRange.set(key, relative);
  }
  return relative ? { ...relative, start: relative.start + region.block.start, end: relative.end + region.block.start } : undefined;
}

function searchRegion(region: Region, cues: RegExp[]): Evidence | undefined {
  const text = region.block.norm.text.slice(region.nStart, region.nEnd);
  for (const cue of cues) {
    const m = cue.exec(text);
    if (!m) continue;
    const nStart = region.nStart + m.index;
    const r = mapRange(region.block.norm, nStart, nStart + m[0].length);
    const start = region.block.start + r.start;
    const end = region.block.start + r.end;
    const lead = text.slice(Math.max(0, m.index - 30), m.index);
    const evidence: Evidence = { start, end, text: sourceText(region, start, end), via: region.via };
    if (region.source) evidence.source = region.source;
    if (HEDGE_BEFORE.test(lead) || /\(e\.g\.[^)]*$/iu.test(lead)) evidence.hedged = true;
    return evidence;
  }
  return undefined;
}

function sourceText(region: Region, start: number, end: number): string {
  // The block's masked text holds the original characters at the same offsets.
  return region.block.text.slice(start - region.block.start, end - region.block.start).replace(/\s+/g, ' ').trim();
}

/** Where a block states a facet, by the core cue list (used by the analyst's definition checks). */
export function facetEvidenceIn(block: Block, facet: FacetId): Evidence | undefined {
  return cachedSearch({ block, nStart: 0, nEnd: block.norm.text.length, via: 'definition' }, CUES[facet]);
}
