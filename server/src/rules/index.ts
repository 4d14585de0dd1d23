import type { RuleMeta, RuleSet } from '../core/rule-api';
import type { FacetRule } from './facet-rule';
import missingBaseline from './missing-baseline';
import missingBenchmark from './missing-benchmark';
import missingScale from './missing-scale';
import missingPostTraining from './missing-post-training';
import missingReference from './missing-reference';
import missingCountingScope from './missing-counting-scope';
import { SUPPRESSION_RULES } from './suppression';
import { unfilledPlaceholder, unparsedStructure } from './unfilled-placeholder';
import type { AnalystRule } from './analyst-rule';
import { DEFINITION_AND_THRESHOLD_RULES } from './analyst';
import { UNIT_RULES } from './units';

/** The six facet rules, in the order their facets are listed in DESIGN.md §2. */
export const FACET_RULES: readonly FacetRule[] = [
  missingBaseline,
  missingBenchmark,
  missingScale,
  missingPostTraining,
  missingReference,
  missingCountingScope,
];

/** The analyst's checks (issue 6): each reads the whole analysis of a document. */
export const ANALYST_RULES: readonly AnalystRule[] = [...DEFINITION_AND_THRESHOLD_RULES, ...UNIT_RULES];

/** Every rule the engine can report, with its metadata. */
export const RULES: readonly RuleMeta[] = [
  ...FACET_RULES.map((r) => r.meta),
  ...ANALYST_RULES.map((r) => r.meta),
  unfilledPlaceholder,
  unparsedStructure,
  ...SUPPRESSION_RULES,
];

export function ruleById(id: string): RuleMeta | undefined {
  return RULES.find((r) => r.id === id);
}

export type { RuleMeta, FacetRule, AnalystRule };

/** The rule set the composition root (server/src/lint.ts) hands to the engine. */
export const RULE_SET: RuleSet = { facet: FACET_RULES, analyst: ANALYST_RULES, all: RULES };
