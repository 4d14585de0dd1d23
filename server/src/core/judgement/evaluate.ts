// THE loop: for each mention and each facet its kind requires, try the intrinsic rows, then the scopes in
// order, then the cue rows for the facet; the first match that is asserted (not a question, a TBD or a
// "does not say") is the evidence, and it records its cue and scope. Nothing else decides a facet.
import { quotedBlock } from './quotation';
import type { Block, Sentence } from '../document';
import { EFFECTIVE_COMPUTE, type RawMention } from '../mentions';
import { TRAINING_COMPUTE, type ResolvedDefinition } from '../definitions';
import { mapRange } from '../normalize';
import { mayMatch } from '../patterns';
import type { Evidence, FacetId, FacetResult } from '../types';
import { FACETS } from '../types';
import type { CueRow } from './cue';
import { cueRowsFor } from './cues';
import { intrinsicEvidence } from './intrinsic';
import { assertsAt } from './mood';
import { REQUIREMENTS, requiredFacets, variantOf } from './requirements';
import { SCOPES, type ScopeContext, type ScopeRegion } from './scopes';
import { viaOf } from './scopes/scope';
import { isCapacity } from './scopes/accounting';

export interface JudgementContext extends ScopeContext {
  documentUsesEffectiveCompute: boolean;
  extraBenchmarks?: RegExp;
  /** All raw mentions of the same sentence, for cues carried by a sibling (the 10^26 of an equivalence clause). */
  siblings: (m: RawMention) => RawMention[];
}

export interface FacetEvaluation {
  facets: Record<FacetId, FacetResult>;
  definition?: ResolvedDefinition;
}

export function evaluateFacets(m: RawMention, ctx: JudgementContext): FacetEvaluation {
  const required = new Set(requiredFacets(m.kind, ctx.documentUsesEffectiveCompute));
  const definition = definitionFor(m, ctx);
  const facets = {} as Record<FacetId, FacetResult>;
  let regions: ScopeRegion[] | undefined;
  for (const facet of FACETS) {
    if (!required.has(facet)) {
      facets[facet] = { state: 'not-applicable' };
      continue;
    }
    const intrinsic = intrinsicEvidence(m, facet, ctx);
    if (intrinsic) {
      facets[facet] = { state: 'stated', evidence: intrinsic };
      continue;
    }
    regions ??= SCOPES.filter((s) => !s.documentLevel).flatMap((s) => (s.facets ? s.regions(m, ctx, definition).map((r) => ({ ...r, facets: s.facets })) : s.regions(m, ctx, definition)));
    const rows = cueRowsFor(facet, variantOf(m.kind, facet), ctx.extraBenchmarks);
    const evidence =
      search(regions, facet, rows) ??
      (facet === 'reference' ? abbreviatedReference(regions, ctx) : undefined) ??
      documentLevel(m, facet, rows, ctx) ??
      (usesEffectiveCompute(m) ? documentWide(facet, ctx) : undefined);
    facets[facet] = evidence ? { state: 'stated', evidence } : { state: 'missing' };
  }
  return { facets, definition };
}

/** A long form that names a model: "last fully-evaluated model", "reference checkpoint", "anchor system". */
const MODEL_LONG_FORM = /\b(?:models?|versions?|systems?|checkpoints?|releases?)$/;
const COMPARED_TO_ABBREVIATION = /\b(?:than|over|relative\s+to|compared\s+(?:to|with)|against|since|from|(?:that|compute|EC)\s+of)\s+(?:the\s+|our\s+|its\s+)?([A-Z][A-Za-z0-9-]{1,9})\b/gu;

/**
 * The comparison point named by an abbreviation the document coins for a model: "4x the EC of the LFEM"
 * with "Last fully-evaluated model (LFEM)" defined (issue 10, cause 6: the document's own abbreviations
 * resolve without configuration). A cell is read with its column header's label, as the cue rows read it.
 */
function abbreviatedReference(regions: readonly ScopeRegion[], ctx: JudgementContext): Evidence | undefined {
  let models = MODEL_ABBREVIATIONS.get(ctx);
  if (!models) MODEL_ABBREVIATIONS.set(ctx, (models = new Set(ctx.abbreviations.filter((a) => MODEL_LONG_FORM.test(a.term)).map((a) => a.abbr))));
  if (models.size === 0) return undefined;
  for (const region of regions) {
    if (region.facets && !region.facets.includes('reference')) continue;
    const prefix = region.label ? `${region.label}: ` : '';
    const text = prefix + region.block.norm.text.slice(region.nStart, region.nEnd);
    for (const m of text.matchAll(COMPARED_TO_ABBREVIATION)) {
      if (!models.has(m[1]!)) continue;
      const at = m.index! - prefix.length;
      const nStart = region.nStart + Math.max(0, at);
      const nEnd = region.nStart + Math.max(0, at + m[0].length);
      if (!assertsAt(region.block, nStart, nEnd)) continue;
      return evidenceFor(region, ABBREVIATED_REFERENCE_ROW, nStart, Math.max(nEnd, nStart + 1), '');
    }
  }
  return undefined;
}

/** Per analysis, the abbreviations the document coins for a model. */
const MODEL_ABBREVIATIONS = new WeakMap<JudgementContext, Set<string>>();

/**
 * The row the abbreviation check reports as its cue, so its evidence is audited like any other. Its pattern
 * alone over-matches (any capitalised word); the check keeps only abbreviations the document coins for a
 * model, so the examples are judged with that document context (test/judgement/scopes.test.ts).
 */
const ABBREVIATED_REFERENCE_ROW: CueRow = {
  id: 'reference.coined-abbreviation',
  facet: 'reference',
  pattern: COMPARED_TO_ABBREVIATION,
  source: 'issue 10 cause 6 (the document\'s own abbreviations resolve); corpus rule 5',
  states: ['"Last fully-evaluated model (LFEM)" … 4x the effective compute of the LFEM'],
  doesNotState: ['"Frontier evaluation manual (FEM)" … 4x the effective compute of the FEM'],
};

function usesEffectiveCompute(m: RawMention): boolean {
  return m.kind === 'effective-compute-term' || m.kind === 'relative-effective-compute' || (m.kind === 'unit-multiplier' && !m.buffer);
}

const DOCUMENT_LEVEL = new WeakMap<JudgementContext, Map<string, Evidence | null>>();

/**
 * The document-level providers (the metric's statements, the counting rule) give every mention they serve
 * the same regions: their answer is searched once per document, facet and row list.
 */
function documentLevel(m: RawMention, facet: FacetId, rows: readonly CueRow[], ctx: JudgementContext): Evidence | undefined {
  let memo = DOCUMENT_LEVEL.get(ctx);
  if (!memo) DOCUMENT_LEVEL.set(ctx, (memo = new Map()));
  for (const provider of SCOPES) {
    if (!provider.documentLevel || (provider.facets && !provider.facets.includes(facet))) continue;
    const regions = provider.regions(m, ctx, undefined);
    if (regions.length === 0) continue;
    const key = `${provider.id}:${facet}:${rowsKey(rows)}`;
    let found = memo.get(key);
    if (found === undefined) memo.set(key, (found = search(regions, facet, rows) ?? null));
    if (found) return found;
  }
  return undefined;
}

const ROW_KEYS = new WeakMap<readonly CueRow[], string>();
let rowKeyCount = 0;

function rowsKey(rows: readonly CueRow[]): string {
  let key = ROW_KEYS.get(rows);
  if (!key) ROW_KEYS.set(rows, (key = String(rowKeyCount++)));
  return key;
}

const DOCUMENT_WIDE = new WeakMap<JudgementContext, Map<FacetId, Evidence | null>>();

/** Cue rows about the metric itself, searched once per document (cue.documentWide). */
function documentWide(facet: FacetId, ctx: JudgementContext): Evidence | undefined {
  let byFacet = DOCUMENT_WIDE.get(ctx);
  if (!byFacet) DOCUMENT_WIDE.set(ctx, (byFacet = new Map()));
  let found = byFacet.get(facet);
  if (found === undefined) {
    const rows = documentWideRows(facet);
    found = null;
    if (rows.length) {
      for (const block of ctx.doc.blocks) {
        // A changelog or a quotation says what an earlier version or another party did, not this metric.
        if (block.section.isChangelog || quotedBlock(block, ctx.doc.text)) continue;
        const ev = cachedSearch({ block, nStart: 0, nEnd: block.norm.text.length, scope: 'document' }, rows);
        if (ev) {
          found = ev;
          break;
        }
      }
    }
    byFacet.set(facet, found);
  }
  return found ?? undefined;
}

const DOCUMENT_WIDE_ROWS = new Map<FacetId, CueRow[]>();

/** The document-wide rows of a facet, one array per facet: the search cache is keyed by the row list. */
function documentWideRows(facet: FacetId): CueRow[] {
  let rows = DOCUMENT_WIDE_ROWS.get(facet);
  if (!rows) DOCUMENT_WIDE_ROWS.set(facet, (rows = cueRowsFor(facet, 'plain').filter((r) => r.documentWide)));
  return rows;
}

/** The definition in force: the one whose text holds the mention, else the document's first, else a glossary's. */
export function definitionFor(m: RawMention, ctx: ScopeContext): ResolvedDefinition | undefined {
  const which = REQUIREMENTS[m.kind].definition;
  // What training compute counts says nothing about a cluster's capacity (corpus rule 7).
  if (which === 'training-compute' && isCapacity(m, ctx.doc.text)) return undefined;
  const key = which === 'training-compute' ? TRAINING_COMPUTE : which === 'term' ? (m.term ?? (m.kind === 'capability-jump' ? undefined : EFFECTIVE_COMPUTE)) : undefined;
  if (!key) return undefined;
  const defs = ctx.definitionsByTerm.get(key);
  if (!defs || defs.length === 0) return undefined;
  return defs.find((d) => !d.source && d.body.start <= m.start && m.end <= d.body.end) ?? defs.find((d) => !d.source) ?? defs[0];
}

/**
 * Cue search results, remembered on each block's text (which unchanged chunks share between edits) by
 * row list and range, with positions relative to the block.
 */
const SEARCHES = new WeakMap<object, Map<readonly CueRow[], Map<string, Evidence | null>>>();

function search(regions: readonly ScopeRegion[], facet: FacetId, rows: readonly CueRow[]): Evidence | undefined {
  for (const region of regions) {
    if (region.facets && !region.facets.includes(facet)) continue;
    const found = cachedSearch(region, rows);
    if (found) return found;
  }
  return undefined;
}

function cachedSearch(region: ScopeRegion, rows: readonly CueRow[]): Evidence | undefined {
  let byRows = SEARCHES.get(region.block.norm);
  if (!byRows) SEARCHES.set(region.block.norm, (byRows = new Map()));
  let byRange = byRows.get(rows);
  if (!byRange) byRows.set(rows, (byRange = new Map()));
  const key = `${region.nStart}:${region.nEnd}:${region.scope}:${region.source ?? ''}:${region.label ?? ''}`;
  let relative = byRange.get(key);
  if (relative === undefined) {
    const found = searchRegion(region, rows);
    relative = found ? { ...found, start: found.start - region.block.start, end: found.end - region.block.start } : null;
    byRange.set(key, relative);
  }
  return relative ? { ...relative, start: relative.start + region.block.start, end: relative.end + region.block.start } : undefined;
}

const HEDGE_BEFORE = /(?:\be\.g\.,?|\bfor\s+example,?|\bsuch\s+as|\bfor\s+instance,?|\bincluding)\s*$/iu;

function searchRegion(region: ScopeRegion, rows: readonly CueRow[]): Evidence | undefined {
  // A table cell is read under its column header ("What counts: Pre-training, RL and …"); a match that
  // starts in the header is reported on the cell.
  const prefix = region.label ? `${region.label}: ` : '';
  const text = prefix + region.block.norm.text.slice(region.nStart, region.nEnd);
  for (const row of rows) {
    if (!mayMatch(row.pattern, text)) continue;
    for (const m of text.matchAll(globalOf(row))) {
      const at = m.index! - prefix.length;
      const end = at + m[0].length;
      if (end <= 0) continue;
      const nStart = region.nStart + Math.max(0, at);
      if (!assertsAt(region.block, nStart, region.nStart + end)) continue;
      return evidenceFor(region, row, nStart, region.nStart + end, text.slice(Math.max(0, m.index! - 30), m.index!));
    }
  }
  return undefined;
}

const GLOBAL = new WeakMap<CueRow, RegExp>();

/** The row's pattern with the g flag, for matchAll (made once per row). */
function globalOf(row: CueRow): RegExp {
  let re = GLOBAL.get(row);
  if (!re) GLOBAL.set(row, (re = new RegExp(row.pattern.source, row.pattern.flags.includes('g') ? row.pattern.flags : `${row.pattern.flags}g`)));
  return re;
}

function evidenceFor(region: ScopeRegion, row: CueRow, nStart: number, nEnd: number, lead: string): Evidence {
  const r = mapRange(region.block.norm, nStart, nEnd);
  const start = region.block.start + r.start;
  const end = region.block.start + r.end;
  const evidence: Evidence = { start, end, text: sourceText(region.block, start, end), via: viaOf(region.scope, region.source), cue: row.id, scope: region.scope };
  if (region.source) evidence.source = region.source;
  if (HEDGE_BEFORE.test(lead) || /\(e\.g\.[^)]*$/iu.test(lead)) evidence.hedged = true;
  return evidence;
}

function sourceText(block: Block, start: number, end: number): string {
  // The block's masked text holds the original characters at the same offsets.
  return block.text.slice(start - block.start, end - block.start).replace(/\s+/g, ' ').trim();
}

/** Where a sentence states a facet by the plain cue rows (the partial-definition role row), cached like any search. */
export function facetEvidenceInSentence(sentence: Sentence, facet: FacetId): Evidence | undefined {
  return cachedSearch({ block: sentence.block, nStart: sentence.normStart, nEnd: sentence.normEnd, scope: 'sentence' }, cueRowsFor(facet, 'plain'));
}

/** Where a block states a facet by the plain cue rows (the analyst's definition checks). */
export function facetEvidenceIn(block: Block, facet: FacetId): Evidence | undefined {
  return cachedSearch({ block, nStart: 0, nEnd: block.norm.text.length, scope: 'definition' }, cueRowsFor(facet, 'plain'));
}
