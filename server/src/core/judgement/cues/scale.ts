// Scale: the compute range where the multiplier is measured or holds, or a stated scale-independence
// assumption (domain.md §4.1 S).
import { cue, PLACEHOLDER } from '../cue';
import { FLATTENED_EXPONENT } from '../../patterns';

const POWER = String.raw`(?:10\s?\^\s?\d{1,2}|\d(?:\.\d+)?e\d{1,2}|${PLACEHOLDER})`;
/** A power of ten a PDF extraction flattened ("1022" for 10^22; issue 10, cause 3), read only in a range of FLOP. */
const FLAT_POWER = `10${FLATTENED_EXPONENT}`;

// Not a row: "a 6x increase would correspond to approximately 2-2.5x increase in model size" (FSF v1) is
// a rough conversion, not the range where the multiplier was measured; corpus rule 16 judges its scale missing.
export const SCALE = [
  cue({
    id: 'scale.at-scale-of',
    facet: 'scale',
    pattern: /\bat\s+(?:the\s+)?scales?\s+of\b/iu,
    needs: /scale/iu,
    source: 'domain.md §4.1 S ("at (the )?scale of")',
    states: ['measured at the scale of 10^24 FLOP', 'at scales of 10^23 to 10^25 FLOP'],
    doesNotState: ['at scale', 'scale of the problem'],
  }),
  cue({
    id: 'scale.between-powers',
    facet: 'scale',
    documentWide: true,
    // Any range of two powers of ten states where the multiplier was measured: "between 10^22 and
    // 10^24", "at roughly 10^22 to 10^23 FLOP", "over 10^22-10^24".
    // "raised from 10^25 FLOP to 10^26 FLOP" is a change of a threshold, not a range of measurement.
    pattern: new RegExp(String.raw`(?<!\b(?:raised|lowered|increased|reduced|moved|changed|cut|tightened|loosened|revised|adjusted)\s)\b(?:between|at|over|across|from|spanning)\s+(?:roughly\s+|about\s+|approximately\s+|~\s?)?(?:${POWER}(?:\s?FLOPs?)?\s?(?:and|to|through|-|–)\s?${POWER}|${FLAT_POWER}\s(?:and|to)\s${FLAT_POWER}\s(?:FLOPs?|operations)\b)`, 'iu'),
    needs: /10\s?\^|\de\d|⟨|\b10[123]\d\b/iu,
    source: 'domain.md §4.1 S ("between 10^a and 10^b"); drafts in several styles ("at roughly 10^22-10^23", "over 10^22-10^24")',
    states: ['fitted to runs between 10^22 and 10^24 FLOP', 'between 1e23 and 1e25 FLOP', 'on four pairs of runs at roughly 10^22 to 10^23 FLOP', 'scaling-law fits over training runs between 1022 and 1025 FLOP'],
    doesNotState: ['between 2 and 4 models', 'between 2020 and 2024', 'Frontier-Scale threshold raised from 10^25 FLOP to 10^26 FLOP'],
  }),
  cue({
    id: 'scale.fitted-over',
    facet: 'scale',
    documentWide: true,
    // Fitted over what size: a scale, a power of ten or a compute range. "Fitted on whichever paired runs
    // we had" or "estimated from pre-training runs" names no size, so it states no scale (corpus rule 1).
    // The size must be the object of the verb, not the subject of a doubt that follows ("Multipliers measured
    // on small models may not hold at frontier scale").
    pattern: /\b(?:fit(?:ted)?|estimated|measured|calibrated|validated)(?:\s+(?:the|our|its|each)\s+(?:[\w-]+\s+){0,3}?(?:ratio|multipliers?|factors?|curves?|laws?))?\s+(?:over|across|between|on|from)\b(?:(?!\b(?:may|might|could|can|cannot|does|do|did|will|would|should|hold|holds)\b)[^.;]){0,40}?(?:\bscales?\b|\bFLOPs?\b|\b10\s?\^|\b\d(?:\.\d+)?e\d{1,2}\b|\borders?\s+of\s+magnitude\b|\bcompute\s+(?:scales?|range|regimes?|levels?)\b)/iu,
    needs: /fit|estimated|measured|calibrated|validated/iu,
    source: 'domain.md §4.1 S ("(fit|estimated|measured) (over|across|at)")',
    states: ['the multiplier is estimated across three compute scales', 'curves fitted over 10^21–10^24 FLOP', 'We fit the recipe-to-model compute ratio on TR-2024 training runs between 10^21 and 3 × 10^24 FLOP'],
    doesNotState: ['estimated by the team', 'measured across all risk domains', 'Fitted on whichever paired runs we had at the time', 'estimated from pre-training runs', 'Multipliers measured on small models may not hold at frontier scale'],
  }),
  cue({
    id: 'scale.within-orders-of-magnitude',
    facet: 'scale',
    pattern: /\bwithin\s+(?:\S+\s+)?orders?\s+of\s+magnitude\b/iu,
    needs: /magnitude/iu,
    source: 'domain.md §4.1 S ("within <n> orders? of magnitude")',
    states: ['valid within two orders of magnitude of the fitted range', 'within one order of magnitude'],
    doesNotState: ['several orders of magnitude more compute', 'an order of magnitude'],
  }),
  cue({
    id: 'scale.compute-range',
    facet: 'scale',
    pattern: /\bcompute\s+(?:range|regime|scale)\s+(?:of|between|from)\b/iu,
    needs: /range|regime|scale/iu,
    source: 'domain.md §4.1 S ("compute range")',
    states: ['over a compute range of 10^22 to 10^25 FLOP', 'the compute regime between 1e23 and 1e25'],
    doesNotState: ['compute budget', 'a compute scale-up'],
  }),
  cue({
    id: 'scale.extrapolation',
    facet: 'scale',
    documentWide: true,
    pattern: /\bextrapolat\w*\b[^.;]{0,40}?\b(?:scales?|FLOP|compute|10\s?\^|runs?|range)\b|\b(?:scales?|FLOP|compute|runs?|range)\b[^.;]{0,40}?\bextrapolat\w*/iu,
    needs: /extrapolat/iu,
    source: 'domain.md §4.1 S ("extrapolat(e|ed|ion)")',
    states: ['we do not extrapolate beyond 10^25 FLOP', 'the extrapolation is checked at each new scale'],
    doesNotState: ['we interpolate', 'when given enough resources to extrapolate to realistic attackers'],
  }),
  cue({
    id: 'scale.scale-independence',
    facet: 'scale',
    documentWide: true,
    pattern: /\bscale[\s-](?:in)?dependen\w+|\bindependent\s+of\s+(?:the\s+)?(?:model\s+|compute\s+|training\s+)?(?:scale|size)\b/iu,
    needs: /dependen/iu,
    source: 'domain.md §4.1 S ("scale-(in)?dependent"; Ho et al. 2025 assume scale-independence)',
    states: ['we assume the multiplier is scale-independent', 'gains are scale dependent', 'The ratio between effective and physical compute is assumed to be independent of scale.'],
    doesNotState: ['independent review', 'scale up'],
  }),
  cue({
    id: 'scale.holds-at-any-scale',
    facet: 'scale',
    documentWide: true,
    pattern: /\b(?:does|do)\s+not\s+(?:vary|change|depend)\s+(?:with|on)\s+(?:the\s+)?(?:model\s+|compute\s+|training\s+)?(?:scale|size)\b|\b(?:holds?|applies|applied)\s+(?:equally\s+)?(?:at|to|across)\s+(?:(?:all|any|larger)\s+scales?|larger\s+runs?)\b|\b(?:holds?|applies|applied)\s+(?:equally\s+|unchanged\s+)?(?:at|across)\s+(?:all|any|every)\s+(?:larger\s+|model\s+|compute\s+)?(?:scales?|sizes?)\b|\bthe\s+same\s+at\s+(?:every|all|any)\s+(?:model\s+)?(?:scales?|sizes?)\b|\b(?:assumed|assume|assuming)\s+to\s+hold\s+(?:up\s+to|at|for|across)\b/iu,
    needs: /vary|change|depend|hold|appl|same/iu,
    source: 'domain.md §4.1 S ("assum(e|ing) scale-independence")',
    states: ['We would assume that this efficiency gain does not vary with model scale', 'the same factor is applied to larger runs without correction', 'are assumed to hold up to 10^27 FLOP', 'the result is assumed to hold unchanged at all larger scales', 'the multiplier is the same at every model scale'],
    doesNotState: ['gains vary with scale', 'the rules apply to all models', 'the trigger applies to every run', 'The same notification applies to any run whose compute cost exceeds $40 million'],
  }),
  cue({
    id: 'scale.re-estimated-per-scale',
    facet: 'scale',
    documentWide: true,
    pattern: /\bre-?(?:estimated|fitted|calibrated|measured)\s+(?:at|for|across)\s+(?:every|each)\s+(?:order\s+of\s+magnitude|scale|(?:\d+|ten)x)\b|\b(?:differ|vary|varies)\s+(?:across|with)\s+(?:compute\s+|model\s+)?scales?\b[^.;]{0,40}?\b(?:re-?(?:estimat|fit|calibrat)\w*)|\bre-?(?:estimat|fit|calibrat)\w*\b[^.;]{0,60}?\b(?:differ|vary|varies)\s+(?:across|with)\s+(?:compute\s+|model\s+)?scales?\b/iu,
    needs: /estimat|fit|calibrat|measured/iu,
    source: 'domain.md §4.1 S (a multiplier re-estimated at each scale, because gains change with scale)',
    states: ['the factor is re-estimated at every order of magnitude of training compute, because efficiency gains differ across scales', 'multipliers are re-fitted at each order of magnitude'],
    doesNotState: ['gains differ across scales', 'we re-estimate the budget every year'],
  }),
  cue({
    id: 'scale.refit',
    facet: 'scale',
    // A re-fit is a scale statement when it is tied to scale: a run outside the fitted range, a new order of
    // magnitude, a larger or new frontier run. "We re-fit the scaling laws whenever we change the model
    // family" (round 48 drafts-fw 02) says when the fit is redone, not over which compute it holds.
    pattern: /\bre-?fit(?:ted|ting|s)?\b[^.;]{0,120}?\b(?:range|orders?\s{1,3}of\s{1,3}magnitude|scales?|larger|FLOP|(?:frontier|production|training)\s{1,3}runs?|beyond|above|departs?)\b|(?<=\b(?:range|orders?\s{1,3}of\s{1,3}magnitude|beyond|above)\b[^.;,]{0,60}?)\bre-?fit(?:ted|ting|s)?\b/iu,
    needs: /fit/iu,
    source: 'domain.md §4.1 S ("re-?fit"), tied to scale as the absorbed policies write it (drafts-bf 01, drafts-eg 01, drafts-ca 04, drafts-aa 02)',
    states: ['we re-fit the curve at the new scale', 'above that range the multiplier must be refitted before any trigger in section 3 is evaluated', 're-fitted whenever a run exceeds the fitted range by more than one order of magnitude', 'we re-fit it each time our largest run crosses a new order of magnitude'],
    doesNotState: ['a good fit', 'benefit', 'We re-fit the scaling laws whenever we change the model family.', "R24's advantage seems to grow with scale, and we haven't decided whether to refit the multiplier"],
  }),
];
