// Cues shared by the document-level checks (document-conditions.ts) and the rules that read the same clauses.
import { guard } from '../../core/patterns';

export const NUMBER = String.raw`(?:\d+|⟨[^⟩]{1,20}⟩|a|one|two|three|four|five|six|seven|eight|nine|ten|twelve|thirty|sixty|ninety)`;
export const CADENCE = guard(new RegExp(String.raw`\bwithin\s+(?:about\s+|around\s+)?${NUMBER}\s+(?:business\s+|calendar\s+)?(?:days?|weeks?|months?)\b|\bevery\s+${NUMBER}\s+(?:days?|weeks?|months?)\b|\bat\s+least\s+(?:once\s+)?(?:every|a|per)\s+(?:\w+\s+)?(?:days?|weeks?|months?|quarters?|years?)\b|\b(?:concluded|completed|finished|conducted)\s+within\b|\b(?:quarterly|monthly|weekly)\b|\b(?:prior\s+to|before)\s+(?:any\s+)?(?:external\s+)?deployment\b`, 'iu'), /within|every|least|quarterly|monthly|weekly|deployment/iu);
export const BACKSTOP = guard(new RegExp(String.raw`\bevery\s+${NUMBER}\s+months?\b|\bmonths?'?\s+(?:worth\s+)?of\s+(?:fine-?tuning|post-?training|elicitation|capability\s+elicitation)\b|\b(?:quarterly|every\s+quarter)\b|\bin\s+calendar\s+time\b|\b${NUMBER}[\s-]months?\s+(?:cadence|interval|backstop)\b`, 'iu'), /month|quarter|calendar/iu);
export const MID_TRAINING = guard(/\bmid-?training\b|\bduring\b[^.;]{0,24}?(?<!post-)\btraining\b(?!-)|\bmid-?run\b|\bpartway\s+through\s+training\b|\bcheckpoints?\s+during\b|\b(?:intermediate|in-progress)\s+checkpoints?\b/iu, /mid|during|partway|checkpoint/iu);
export const RECALIBRATION = guard(/\brecalibrat\w*|\b(?:revisit|re-?evaluate|revise|update|adjust|lower)\s+(?:the|this|our|these)\s+(?:\w+\s+)?(?:thresholds?|triggers?|multiples?)\b|\b(?:above|exceed(?:s|ing)?|more\s+than)\s+(?:the\s+|what\s+(?:the|our)\s+)?(?:predict(?:ed|ion)s?|forecasts?)\b|\b(?:capabilities|performance)\s+(?:is|are)\s+(?:higher|greater|stronger)\s+than\s+(?:predicted|expected|forecast)\b/iu, /recalibrat|predict|forecast|expected|revisit|evaluate|revise|update|adjust|lower/iu);

/** Evaluation context: a cadence or time limit only counts when the sentence is about evaluating. */
/** What an evaluation is called besides "evaluation" and "assessment": shared by the rules that read it. */
export const EVALUATION_NOUN = String.raw`reviews?|batter(?:y|ies)|suites?|audits?|red-?team\w*`;
export const EVALUATION_CONTEXT = new RegExp(String.raw`\b(?:evaluat\w*|assess\w*|test(?:s|ed|ing)?|determination|decision|capabilit\w*|capable|safeguards?|threshold|trigger\w*|${EVALUATION_NOUN})\b`, 'iu');
