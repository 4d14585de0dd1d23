import type { FacetId, Severity } from '../core/types';
import type { FacetRule } from '../core/rule-api';
import { docsPath } from './rule';

export type { FacetRule };

interface FacetRuleSpec {
  id: string;
  facet: FacetId;
  defaultSeverity: Severity;
  description: string;
  why: string;
  missing: string;
  template: string;
  /** Template for compute-cost mentions, where the facet means how the cost is priced. */
  costTemplate?: string;
  costMissing?: string;
  costWhy?: string;
  /** The reason with "{multiple}" standing for the phrase's own multiple ("the same "6x""). */
  whyWithMultiple?: string;
  /** The reason for a capability jump or a multiple of the pace of progress ("3x faster algorithmic progress"). */
  capabilityWhy?: string;
}

/** Phrases about capability or the pace of progress, not about compute. */
const CAPABILITY_KINDS: ReadonlySet<string> = new Set(['capability-jump', 'progress-rate', 'relative-capability', 'capability-equivalence']);

export function defineFacetRule(spec: FacetRuleSpec): FacetRule {
  return {
    meta: {
      id: spec.id,
      facet: spec.facet,
      description: spec.description,
      why: spec.why,
      defaultSeverity: spec.defaultSeverity,
      fixable: 'placeholder',
      docs: docsPath(spec.id),
    },
    missing: spec.missing,
    templateFor(mention) {
      return mention.kind === 'compute-cost' && spec.costTemplate ? spec.costTemplate : spec.template;
    },
    whyFor(mention) {
      if (mention.kind === 'compute-cost' && spec.costWhy) return spec.costWhy;
      if (CAPABILITY_KINDS.has(mention.kind) && spec.capabilityWhy) return spec.capabilityWhy;
      if (spec.whyWithMultiple) {
        const multiple = mention.value !== undefined && mention.value > 1 && mention.kind !== 'absolute-compute' && mention.kind !== 'absolute-effective-compute' ? `"${+mention.value.toPrecision(3)}x"` : 'multiple';
        return spec.whyWithMultiple.replace('{multiple}', multiple);
      }
      return spec.why;
    },
    message(mention) {
      const missing = mention.kind === 'compute-cost' && spec.costMissing ? spec.costMissing : spec.missing;
      return `"${quotePhrase(mention.phrase)}": ${missing}.`;
    },
  };
}

/** Long phrases are cut in the middle so a message stays one readable line. */
function quotePhrase(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length <= 70 ? flat : `${flat.slice(0, 40)}…${flat.slice(-25)}`;
}
