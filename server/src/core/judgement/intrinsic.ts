// Facets a phrase states by what it is, as named rows.
import type { RawMention } from '../mentions';
import type { ParsedDocument } from '../document';
import type { Definition, Evidence, FacetId } from '../types';
import type { JudgementContext } from './evaluate';

interface IntrinsicRow {
  id: string;
  facet: FacetId;
  source: string;
  applies(m: RawMention, ctx: JudgementContext): Evidence | undefined;
}

export const INTRINSIC: readonly IntrinsicRow[] = [
  {
    id: 'intrinsic.buffer-measured-from-threshold',
    facet: 'reference',
    source: 'corpus rule 5 ("the threshold of concern"): a safety buffer is measured back from the threshold it protects',
    applies: (m, ctx) => (m.buffer ? { start: m.start, end: m.end, text: ctx.doc.text.slice(m.start, m.end), via: 'intrinsic', cue: 'intrinsic.buffer-measured-from-threshold', scope: 'sentence' } : undefined),
  },
  {
    id: 'intrinsic.defined-capability-phrase',
    facet: 'benchmark',
    source: 'corpus rule 12: the document operationalises the phrase where it defines it — with a measure, not another vague comparative',
    applies: (m, ctx) => {
      if (m.kind !== 'capability-jump' || !m.term) return undefined;
      const def = ctx.definitionsByTerm.get(m.term)?.find((d) => definitionOperationalises(d, ctx.doc));
      return def ? { start: def.start, end: def.end, text: def.label, via: def.source ? 'glossary' : 'definition', source: def.source, cue: 'intrinsic.defined-capability-phrase', scope: 'definition' } : undefined;
    },
  },
  {
    id: 'intrinsic.equivalence-pinned-to-compute',
    facet: 'scale',
    source: 'domain.md §4.1 S: "…greater than 10^26 operations in 2024, or a model with similar performance" is pinned to that compute amount',
    applies: (m, ctx) => {
      if (m.kind !== 'compute-equivalence') return undefined;
      const anchor = ctx.siblings(m).find((s) => s.kind === 'absolute-compute');
      return anchor ? { start: anchor.start, end: anchor.end, text: ctx.doc.text.slice(anchor.start, anchor.end), via: 'sentence', cue: 'intrinsic.equivalence-pinned-to-compute', scope: 'sentence' } : undefined;
    },
  },
];

/**
 * A definition makes a capability phrase measurable when it gives a measure: a multiple or a percentage, a
 * score or points, effective compute, a named kind of evaluation result, or the triggers of a section it
 * points to ("when it meets either trigger in Section 3.1"). "Performs materially better … as determined
 * by the developer" or "an increase defined as significant by the signatory's own framework" defines the
 * phrase by another vague comparative or hands it to someone else: the benchmark is still missing (rule 12).
 */
const MEASURE = /\d\s?(?:x|×|%|percent|per\s?cent|points?|pp)(?![\p{L}\p{N}])|\b(?:\d+|two|three|four|five|six|ten)[\s-]*(?:fold|times)\b|\b(?:doubl|tripl|quadrupl)\w*|\beffective\s+compute\b|\b(?:scores?|accuracy|pass\s?rate|success\s+rate|win\s+rate|loss|perplexity|percentage\s+points|benchmarks?|eval(?:uation)?\s+(?:suite|battery|set)|test\s+set)\b/iu;
const PDF_FOOTNOTE = /^\s{0,3}\d{1,2}\s+\p{Lu}/u;
const LIST_MARKER = /^\s{0,3}(?:\(?(?:[a-z]|[ivx]{1,4}|\d{1,2})\)|(?:[a-z]|\d{1,2})\.|[-*•])\s/iu;
const POINTS_TO_TRIGGERS = /\b(?:crossed|fired|met|triggered|tripped|reached)\b[^.;]{0,40}?\b(?:steps?|triggers?|rows?|thresholds?|tiers?|levels?)\b|\b[A-Z]{1,3}-?\d{1,2}\b[^.;]{0,30}?\b(?:has|have)\s+(?:fired|tripped|been\s+(?:met|crossed|reached))|\b(?:meets?|satisf(?:y|ies)|reach(?:es)?|cross(?:es)?|exceeds?|any|either|one)\b[^.;]{0,60}?\b(?:triggers?|criteri(?:on|a)|conditions?|thresholds?|tests?)\b[^.;]{0,30}?\b(?:in|of|under|set\s+out\s+in|listed\s+in|below|above)\b/iu;

/** Whether a definition gives a measure, judged once per definition (every use of the phrase asks). */
const OPERATIONALISES = new WeakMap<Definition, boolean>();

function definitionOperationalises(d: Definition, doc: ParsedDocument): boolean {
  let known = OPERATIONALISES.get(d);
  if (known === undefined) OPERATIONALISES.set(d, (known = operationalises(definitionWithList(d, doc))));
  return known;
}

/** A definition's text, with the list it introduces ("operationalized as at least one of the following:"). */
function definitionWithList(d: Definition, doc: ParsedDocument): string {
  const body = doc.text.slice(d.body.start, d.body.end);
  if (!/(?::|\bfollowing|\bif|\bwhen|\bwhere)\s*$/iu.test(body)) return body;
  const parts = [body];
  const at = doc.blocks.findIndex((b) => b.start >= d.body.end);
  for (let i = at; i >= 0 && i < doc.blocks.length && parts.length <= 12; i++) {
    const b = doc.blocks[i]!;
    // Footnotes a PDF extraction set between the lead-in and its list ("1 We hope to publish …").
    if (b.footnoteLabel !== undefined || (parts.length === 1 && PDF_FOOTNOTE.test(b.norm.text))) continue;
    if (b.kind === 'heading' || !(b.inList || LIST_MARKER.test(b.norm.text))) break;
    parts.push(b.norm.text);
  }
  return parts.join('\n');
}

export function operationalises(definition: string): boolean {
  return MEASURE.test(definition) || POINTS_TO_TRIGGERS.test(definition);
}

export function intrinsicEvidence(m: RawMention, facet: FacetId, ctx: JudgementContext): Evidence | undefined {
  for (const row of INTRINSIC) {
    if (row.facet !== facet) continue;
    const ev = row.applies(m, ctx);
    if (ev) return ev;
  }
  return undefined;
}
