import type { AnalystRule } from '../analyst-rule';
import { abbreviationBeforeExpansion } from './abbreviation-before-expansion';
import { bufferNotAboveInterval } from './buffer-not-above-interval';
import { conflictingDefinitions } from './conflicting-definitions';
import { definitionAfterUse } from './definition-after-use';
import { deferredFacet } from './deferred-facet';
import { missingCadence, missingCalendarBackstop, missingMidTraining, missingRecalibration } from './document-conditions';
import { trainingOrInferenceCompute } from './training-or-inference-compute';
import { exampleOnlyFacet } from './example-only-facet';
import { inconsistentThreshold } from './inconsistent-threshold';
import { previousModelReference } from './previous-model-reference';
import { undefinedCapabilityTrigger } from './undefined-capability-trigger';

/** Definitions, vocabulary and thresholds: the checks a policy analyst makes beyond the six facets. */
export const DEFINITION_AND_THRESHOLD_RULES: readonly AnalystRule[] = [
  exampleOnlyFacet,
  deferredFacet,
  undefinedCapabilityTrigger,
  conflictingDefinitions,
  definitionAfterUse,
  abbreviationBeforeExpansion,
  inconsistentThreshold,
  bufferNotAboveInterval,
  previousModelReference,
  missingCadence,
  missingCalendarBackstop,
  missingMidTraining,
  trainingOrInferenceCompute,
  missingRecalibration,
];
