// Go to definition (a mention → the definition the engine resolved its facets against) and the
// document outline (every threshold phrase, with its role and kind).
import { SymbolKind, type DocumentSymbol, type Location, type SymbolInformation } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Mention, MentionKind } from '../lint';
import { FACET_LABELS, flatten, kindLabel, missingFacets } from './describe';
import { mentionAt } from './hover';
import type { LintOutcome } from './linter';
import { locate, toRange } from './positions';

export function definitionFor(doc: TextDocument, outcome: LintOutcome, offset: number): Location | null {
  const mention = mentionAt(outcome, offset);
  if (!mention?.definition) return null;
  return locate(doc, mention.definition, outcome.config.glossaries) ?? null;
}

const SYMBOL_KINDS: Partial<Record<MentionKind, SymbolKind>> = {
  'effective-compute-term': SymbolKind.Constant,
  'absolute-compute': SymbolKind.Number,
  'absolute-effective-compute': SymbolKind.Number,
  'compute-cost': SymbolKind.Number,
  'delegated-compute': SymbolKind.Number,
  'relative-effective-compute': SymbolKind.Operator,
  'relative-compute': SymbolKind.Operator,
  'relative-capability': SymbolKind.Operator,
  'unit-multiplier': SymbolKind.Operator,
  'progress-rate': SymbolKind.Event,
  'capability-jump': SymbolKind.Event,
};

function detail(mention: Mention): string {
  const missing = missingFacets(mention).map((f) => FACET_LABELS[f].toLowerCase());
  return `${mention.role} · ${kindLabel(mention.kind)}${missing.length ? ` · missing: ${missing.join(', ')}` : ''}`;
}

export function documentSymbols(doc: TextDocument, outcome: LintOutcome): DocumentSymbol[] {
  return (outcome.analysis?.mentions ?? []).map((m) => {
    const range = toRange(doc, m);
    return { name: flatten(m.phrase, 80) || m.kind, detail: detail(m), kind: SYMBOL_KINDS[m.kind] ?? SymbolKind.Key, range, selectionRange: range };
  });
}

/** For clients without hierarchical symbol support (flat SymbolInformation). */
export function symbolInformation(doc: TextDocument, outcome: LintOutcome): SymbolInformation[] {
  return documentSymbols(doc, outcome).map((s) => ({
    name: `${s.name} (${s.detail})`,
    kind: s.kind,
    location: { uri: doc.uri, range: s.range },
  }));
}
