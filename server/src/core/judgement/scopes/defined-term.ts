// Terms the mention's own text uses that the document defines: "relative to the Reference Model", "since
// the LFEM", "measured against the Assessed Model". Their definitions (and the definitions those rely on)
// are in force for the mention: "Reference Model: the most recent model for which a full assessment was
// completed" states the reference point (issue 10, causes 5 and 6).
import { sentenceText } from '../../document';
import { EFFECTIVE_COMPUTE } from '../../mentions';
import type { ResolvedDefinition } from '../../definitions';
import { MAX_SAME_TERM_DEFINITIONS, referencedDefinitions } from './definition';
import { leadInOf } from './list';
import { columnHeaderOf } from '../../tables';
import { continuationOf } from './sentence';
import { containsWord, wholeBlock, type ScopeContext, type ScopeProvider, type ScopeRegion } from './scope';

interface TermMatcher {
  key: string;
  test: (lower: string, raw: string) => boolean;
}

const MATCHERS = new WeakMap<ScopeContext, TermMatcher[]>();

function matchersFor(ctx: ScopeContext): TermMatcher[] {
  let list = MATCHERS.get(ctx);
  if (list) return list;
  list = [];
  for (const key of ctx.definitionsByTerm.keys()) {
    if (key.length < 3) continue;
    list.push({ key, test: (lower) => containsWord(lower, key) });
  }
  for (const a of ctx.abbreviations) {
    if (!ctx.definitionsByTerm.has(a.term)) continue;
    list.push({ key: a.term, test: (_lower, raw) => containsWord(raw, a.abbr) });
  }
  MATCHERS.set(ctx, list);
  return list;
}

export const definedTermScope: ScopeProvider = {
  id: 'defined-term',
  where: 'the definition of a term it uses',
  regions(m, ctx, definition) {
    const own = m.sentence;
    const texts = [sentenceText(own)];
    const next = continuationOf(own);
    if (next) texts.push(sentenceText(next));
    const lead = own.index === 0 || own.block.inList ? leadInOf(own.block) : undefined;
    if (lead) texts.push(sentenceText(lead));
    // A table cell uses the terms of its column header too ("Effective compute vs. the reference model"
    // over "under 4x", drafts-eq 01).
    const header = columnHeaderOf(ctx.doc.text, own.block);
    if (header) texts.push(header);
    const raw = texts.join('\n');
    const lower = raw.toLowerCase();
    const used: ResolvedDefinition[] = [];
    const keys = new Set<string>();
    // The definition of effective compute states the metric's facets; a capability phrase or a physical
    // threshold that merely shares a sentence with the term does not take them (the metric scope serves
    // the effective-compute mentions).
    const metricKind = m.kind === 'effective-compute-term' || m.kind === 'relative-effective-compute' || m.kind === 'absolute-effective-compute' || m.kind === 'unit-multiplier';
    for (const matcher of matchersFor(ctx)) {
      if (matcher.key === definition?.term || keys.has(matcher.key) || (!metricKind && matcher.key === EFFECTIVE_COMPUTE) || !matcher.test(lower, raw)) continue;
      keys.add(matcher.key);
      used.push(...(ctx.definitionsByTerm.get(matcher.key) ?? []).slice(0, MAX_SAME_TERM_DEFINITIONS));
    }
    const out: ScopeRegion[] = [];
    for (const d of used) {
      if (d.blocks.includes(own.block)) {
        // Defined in passing earlier in the same paragraph ("We call … the anchor model. A checkpoint falls
        // whenever a run reaches 3x the effective compute of the anchor model"): its own sentence is in force.
        const defining = own.block.sentences.find((s) => s.start <= d.start && d.start < s.end);
        if (defining && defining !== own) out.push({ block: own.block, nStart: defining.normStart, nEnd: defining.normEnd, scope: 'defined-term', source: d.source });
        continue;
      }
      for (const b of d.blocks) out.push(wholeBlock(b, 'defined-term', d.source));
      for (const r of referencedDefinitions(d, ctx)) for (const b of r.blocks) out.push(wholeBlock(b, 'defined-term', r.source));
    }
    return out;
  },
};
