import type { AnalystRule } from '../analyst-rule';
import { decompositionArithmetic } from './decomposition-arithmetic';
import { flopsForQuantity } from './flops-for-quantity';
import { missingComparator } from './missing-comparator';
import { multiplierWithoutDirection } from './multiplier-without-direction';
import { ordersOfMagnitudeWithoutCount } from './orders-of-magnitude-without-count';
import { pdfFlattenedExponent } from './pdf-flattened-exponent';
import { percentAsMultiple } from './percent-as-multiple';

/** Units and numbers: PDF-flattened exponents, FLOPS for totals, comparators, percentages, arithmetic. */
export const UNIT_RULES: readonly AnalystRule[] = [
  pdfFlattenedExponent,
  flopsForQuantity,
  missingComparator,
  percentAsMultiple,
  ordersOfMagnitudeWithoutCount,
  multiplierWithoutDirection,
  decompositionArithmetic,
];
