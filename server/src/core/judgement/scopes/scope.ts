// A scope provider answers one question for a mention: which other text is in force for it? Each provider
// is one file with a fixture where it supplies a facet and a near-miss where it must not
// (test/judgement/scopes/). Evidence records the provider's id, so hover and JSON can say where a facet was
// stated.
import { sentenceText, type Block, type ParsedDocument } from '../../document';
import type { ResolvedDefinition } from '../../definitions';
import type { RawMention } from '../../mentions';
import type { Evidence, FacetId } from '../../types';
import type { Abbreviation } from '../../glossary';

export type ScopeId =
  | 'sentence'
  | 'continuation'
  | 'footnote'
  | 'list-lead-in'
  | 'list-items'
  | 'table-row'
  | 'definition'
  | 'referenced-definition'
  | 'cross-reference'
  | 'same-threshold'
  | 'defined-term'
  | 'purpose-clause'
  | 'document'
  | 'record'
  | 'glossary'
  | 'metric'
  | 'accounting';

/** A stretch of one block's normalised text. */
export interface ScopeRegion {
  block: Block;
  nStart: number;
  nEnd: number;
  scope: ScopeId;
  /** A label the text is read under: a table cell's column header ("What counts"). */
  label?: string;
  /** Glossary file name when the text comes from one. */
  source?: string;
  /** The only facets this text may state (a provider's `facets`); all when absent. */
  facets?: readonly FacetId[];
}

export interface ScopeContext {
  doc: ParsedDocument;
  /** Position of each block in doc.blocks, for walking forward. */
  blockIndex: Map<Block, number>;
  definitionsByTerm: Map<string, ResolvedDefinition[]>;
  definitions: readonly ResolvedDefinition[];
  /** Every mention of the document, for the same-threshold provider. */
  mentions: readonly RawMention[];
  /**
   * Whether a mention is the author's own current text (not quoted nor historical): another party's
   * threshold of the same value says nothing about this document's. All mentions count when absent.
   */
  isLive?: (m: RawMention) => boolean;
  /** The role row that decided a mention's role (roles are decided before facets), when known. */
  roleReasonOf?: (m: RawMention) => string | undefined;
  /** Abbreviations the document coins ("LFEM" for "last fully evaluated model"). */
  abbreviations: readonly Abbreviation[];
}

export interface ScopeProvider {
  id: ScopeId;
  /** What a reader is told: "stated in <where>". */
  where: string;
  /** The only facets this provider's text may state; all when absent. */
  facets?: readonly FacetId[];
  /** Gives every mention it serves the same regions (searched once per document and facet). */
  documentLevel?: boolean;
  regions(m: RawMention, ctx: ScopeContext, definition: ResolvedDefinition | undefined): ScopeRegion[];
}

export function wholeBlock(block: Block, scope: ScopeId, source?: string): ScopeRegion {
  return { block, nStart: 0, nEnd: block.norm.text.length, scope, source };
}

/** The older `via` field, kept for JSON and hover consumers that read it. */
export function viaOf(scope: ScopeId, source?: string): Evidence['via'] {
  if (source) return 'glossary';
  switch (scope) {
    case 'footnote':
      return 'footnote';
    case 'definition':
    case 'referenced-definition':
    case 'glossary':
      return 'definition';
    default:
      return 'sentence';
  }
}

/** Page furniture left by PDF extraction ("- Page 10 -", "[...]"): not prose, skipped when walking. */
export function isArtefact(block: Block): boolean {
  return /^\s*(?:[-–—]\s*(?:page\s+)?\d{1,4}\s*[-–—]|\[\s*(?:\.\.\.|…)\s*\]|page\s+\d{1,4}(?:\s+of\s+\d{1,4})?)\s*$/i.test(block.norm.text);
}

/** Whether `term` occurs in `text` as whole words (no letter or digit on either side). */
export function containsWord(text: string, term: string): boolean {
  for (let at = text.indexOf(term); at >= 0; at = text.indexOf(term, at + 1)) {
    const before = text[at - 1];
    const after = text[at + term.length];
    if ((before === undefined || !/[\p{L}\p{N}]/u.test(before)) && (after === undefined || !/[\p{L}\p{N}]/u.test(after))) return true;
  }
  return false;
}

const SENTENCES_WHERE = new WeakMap<(text: string) => boolean, WeakMap<object, Set<number>>>();

/**
 * The indices of the block's sentences whose text passes `test`, remembered on the block's normalised text
 * (which unchanged chunks share between edits), so a document-level scope tests each sentence once.
 */
export function sentencesWhere(block: Block, test: (text: string) => boolean): Set<number> {
  let byBlock = SENTENCES_WHERE.get(test);
  if (!byBlock) SENTENCES_WHERE.set(test, (byBlock = new WeakMap()));
  let found = byBlock.get(block.norm);
  if (!found) {
    found = new Set();
    for (const sentence of block.sentences) if (test(sentenceText(sentence))) found.add(sentence.index);
    byBlock.set(block.norm, found);
  }
  return found;
}
