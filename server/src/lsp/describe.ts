// Words for facets, roles and kinds, shared by hover, symbols and the threshold summary, so the three
// views of one mention always agree.
import { FACET_RULES, RULES, type FacetId, type FacetResult, type Mention, type MentionKind, type Role } from '../lint';

export const FACET_LABELS: Record<FacetId, string> = {
  baseline: 'Baseline',
  benchmark: 'Benchmark',
  scale: 'Scale',
  postTraining: 'Post-training',
  reference: 'Reference point',
  counting: 'Counting scope',
};

export const ROLE_LABELS: Record<Role, string> = {
  trigger: 'trigger (normative: it decides when something must happen)',
  definition: 'definition (it states facets; not diagnosed itself)',
  descriptive: 'descriptive (a trend or estimate, not a commitment)',
  quoted: 'quoted (attributed to someone else)',
  historical: 'historical (a changelog or past version)',
};

export function kindLabel(kind: MentionKind): string {
  return kind.replace(/-/g, ' ');
}

/** ✓ stated, ✗ missing, n/a not applicable: the marks the hover and the summary table use. */
export function facetMark(result: FacetResult | undefined): string {
  if (!result || result.state === 'not-applicable') return 'n/a';
  return result.state === 'stated' ? '✓' : '✗';
}

/** Why a facet matters for this phrase, from the rule that checks it. */
export function facetWhy(facet: FacetId, mention?: Mention): string | undefined {
  const rule = FACET_RULES.find((r) => r.meta.facet === facet);
  return rule && mention ? rule.whyFor(mention) : RULES.find((r) => r.facet === facet)?.why;
}

export function missingFacets(mention: Mention): FacetId[] {
  return (Object.keys(FACET_LABELS) as FacetId[]).filter((f) => mention.facets[f]?.state === 'missing');
}

/** One line of text, at most `max` characters, cut in the middle. */
export function flatten(text: string, max = 120): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length <= max ? flat : `${flat.slice(0, Math.ceil(max * 0.6))}…${flat.slice(-Math.floor(max * 0.3))}`;
}

/** Text safe inside a Markdown table cell or emphasis. */
export function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_{}[\]<>|]/g, (c) => `\\${c}`);
}
