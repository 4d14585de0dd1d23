// A cue row: one auditable judgement "this text states facet F". Each row carries the words it needs (its
// guard), the examples that state the facet and the near-misses that do not, and where the cue comes from
// (a section of research/domain.md or a rule of corpus/README.md). test/judgement/cues.test.ts runs every
// row's examples and fails on a row without them.
import { guard } from '../patterns';
import type { FacetId } from '../types';

/**
 * The variant of a facet a mention needs. `plain` is the default; `cost` is how a compute cost is priced
 * (the counting facet of a cost threshold); `capability` is how a capability or progress phrase is made
 * measurable (its benchmark); `equivalence` is a performance-equivalence clause pinned to a year.
 */
export type CueVariant = 'plain' | 'cost' | 'capability' | 'equivalence';

export interface CueRow {
  /** Stable id shown in hover and JSON: `<facet>.<what it recognises>`. */
  id: string;
  facet: FacetId;
  /** Variants this row serves; all but `cost` when omitted (a cost's counting facet has rows of its own). */
  variants?: readonly CueVariant[];
  pattern: RegExp;
  /** Where the cue is stated in general: a domain.md section or a corpus rule. */
  source: string;
  /** Text (from at least two documents or authors) in which the row must find the facet. */
  states: readonly string[];
  /** Near-misses in which it must not. */
  doesNotState: readonly string[];
  /**
   * The cue speaks of the metric itself, not of one mention ("post-training progress is tracked by row 3,
   * because the efficiency factor cannot see it"): wherever it appears, it states the facet for every
   * effective-compute mention of the document.
   */
  documentWide?: boolean;
}

/** Declares a row; `needs` is a cheap necessary test that guards the pattern (checked in guards.test.ts). */
export function cue(row: Omit<CueRow, 'pattern'> & { pattern: RegExp; needs?: RegExp }): CueRow {
  const { needs, ...rest } = row;
  if (needs) guard(rest.pattern, needs);
  return rest;
}

export function servesVariant(row: CueRow, variant: CueVariant): boolean {
  return row.variants ? row.variants.includes(variant) : variant !== 'cost';
}

// Shared fragments. A year, or a placeholder the author has yet to fill ("⟨YYYY-MM-DD⟩").
export const DATE = String.raw`(?:(?:(?:early|mid|late)[\s-]+)?(?:\d{1,2}\s+)?(?:[A-Z][a-z]+\.?\s+)?(?:\d{1,2},?\s+)?(?:(?:Q[1-4]|H[12])\s+)?(?:19|20)\d{2}(?:-\d{2}(?:-\d{2})?|-?(?:Q[1-4]|H[12]))?|⟨[^⟩]{1,40}⟩)`;
export const PLACEHOLDER = String.raw`⟨[^⟩]{1,80}⟩`;
