// Other statements of the same threshold: a later use of a defined phrase ("below the 'notably more
// capable' standard") carries the facets stated where the phrase operates ("notably more capable than the
// last model that underwent a comprehensive assessment"), and "the default 4x Effective Compute increase"
// is the 4x trigger stated earlier (issue 10, causes 4 and 9). Only the other mentions' own text is read
// (sentence, continuation, footnote, list lead-in, table row), so nothing is borrowed twice removed.
import type { RawMention } from '../../mentions';
import { isCapacity } from './accounting';
import { footnoteScope } from './footnote';
import { listLeadInScope } from './list';
import { continuationScope, sentenceScope } from './sentence';
import { tableRowScope } from './table';
import type { ScopeContext, ScopeProvider, ScopeRegion } from './scope';

const LOCAL: readonly ScopeProvider[] = [sentenceScope, continuationScope, footnoteScope, listLeadInScope, tableRowScope];
const CLUSTERS = new WeakMap<ScopeContext, Map<string, RawMention[]>>();
const MAX_OTHERS = 12;

/** Mentions of one threshold share a key: the capability phrase, the effective-compute multiple, the term as written. */
export function thresholdKey(m: RawMention, text: string): string | undefined {
  switch (m.kind) {
    case 'capability-jump':
      return m.term ? `capability:${m.term}` : undefined;
    case 'relative-effective-compute':
      return m.value !== undefined && !m.buffer ? `ec-multiple:${m.value}` : undefined;
    case 'effective-compute-term': {
      // Only a phrase beyond the bare term ("the rate of effective scaling"): the bare term is the definition's job.
      const phrase = text.slice(m.start, m.end).toLowerCase().replace(/\s+/g, ' ');
      return /compute|flop/.test(phrase) ? undefined : `ec-phrase:${phrase}`;
    }
    case 'absolute-compute':
      // "For the 1e25 FLOP line we count everything that touches the weights" states how the 1e25 FLOP
      // threshold counts wherever else the document names it. A cluster's capacity is a different quantity.
      return m.value !== undefined ? `absolute:${isCapacity(m, text) ? 'rate' : 'total'}:${m.value}` : undefined;
    case 'progress-rate':
      // A document states its comparison period for "AI progress" once; every multiple of it shares it.
      return 'progress';
    default:
      return undefined;
  }
}

export const sameThresholdScope: ScopeProvider = {
  id: 'same-threshold',
  where: 'another statement of the same threshold',
  regions(m, ctx) {
    // A multiple that operationalises a capability phrase in the same sentence ("We operationalise
    // 'substantially more capable' as a 4x increase") shares that phrase's statements too.
    const keys = new Set<string>();
    const own = thresholdKey(m, ctx.doc.text);
    if (own) keys.add(own);
    if (m.kind === 'relative-effective-compute') {
      for (const o of ctx.mentions) if (o.sentence === m.sentence && o.kind === 'capability-jump' && o.term) keys.add(`capability:${o.term}`);
    }
    if (keys.size === 0) return [];
    let clusters = CLUSTERS.get(ctx);
    if (!clusters) {
      clusters = new Map();
      for (const o of ctx.mentions) {
        if (ctx.isLive && !ctx.isLive(o)) continue;
        const k = thresholdKey(o, ctx.doc.text);
        if (!k) continue;
        const list = clusters.get(k);
        if (list) list.push(o);
        else clusters.set(k, [o]);
      }
      CLUSTERS.set(ctx, clusters);
    }
    const out: ScopeRegion[] = [];
    // The nearest statements of the threshold (a generated file may repeat one thousands of times).
    const others = [...keys].flatMap((k) => clusters!.get(k) ?? []).filter((o) => o !== m && o.sentence !== m.sentence);
    others.sort((a, b) => Math.abs(a.start - m.start) - Math.abs(b.start - m.start));
    for (const other of others.slice(0, MAX_OTHERS)) {
      if (other === m || other.sentence === m.sentence) continue;
      for (const p of LOCAL) for (const r of p.regions(other, ctx, undefined)) out.push({ ...r, scope: 'same-threshold' });
    }
    return out;
  },
};
