import type { AnalystRule } from '../analyst-rule';

/** Units and numbers: PDF-flattened exponents, FLOPS for totals, comparators, percentages, arithmetic. */
export const UNIT_RULES: readonly AnalystRule[] = [];
