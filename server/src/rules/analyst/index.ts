import type { AnalystRule } from '../analyst-rule';

/** Definitions, vocabulary and thresholds: the checks a policy analyst makes beyond the six facets. */
export const DEFINITION_AND_THRESHOLD_RULES: readonly AnalystRule[] = [];
