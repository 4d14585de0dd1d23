// The scope providers, in the order evidence is looked for (domain.md §4.3: the same sentence → its
// footnote → the definition of the term → the document's definitions and glossaries).
import { crossReferenceScope } from './cross-reference';
import { definedTermScope } from './defined-term';
import { definitionScope, referencedDefinitionScope } from './definition';
import { footnoteScope } from './footnote';
import { purposeClauseScope } from './purpose-clause';
import { recordScope } from './record';
import { listItemsScope, listLeadInScope } from './list';
import { continuationScope, sentenceScope } from './sentence';
import { sameThresholdScope } from './same-threshold';
import { metricScope } from './metric';
import { accountingScope } from './accounting';
import { tableRowScope } from './table';
import type { ScopeProvider } from './scope';

export const SCOPES: readonly ScopeProvider[] = [
  sentenceScope,
  continuationScope,
  footnoteScope,
  listLeadInScope,
  listItemsScope,
  tableRowScope,
  recordScope,
  purposeClauseScope,
  definitionScope,
  referencedDefinitionScope,
  definedTermScope,
  crossReferenceScope,
  sameThresholdScope,
  metricScope,
  accountingScope,
];

export function scopeById(id: string): ScopeProvider | undefined {
  return SCOPES.find((s) => s.id === id) ?? (id === 'glossary' ? { ...definitionScope, id: 'glossary', where: 'the glossary' } : undefined);
}

export type { ScopeContext, ScopeId, ScopeProvider, ScopeRegion } from './scope';

const WHERE: Record<string, string> = {
  glossary: 'the glossary',
  document: 'a statement about the metric elsewhere in the document',
};

/** How a reader is told where a facet was stated: "the list lead-in", "its footnote". */
export function scopeWhere(id: string): string {
  return SCOPES.find((s) => s.id === id)?.where ?? WHERE[id] ?? id;
}
