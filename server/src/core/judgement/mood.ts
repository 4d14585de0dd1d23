// Polarity and mood: a question, an open question, a TBD or a statement that something is unspecified
// does not state a facet, even when it names one ("Does fine-tuning count toward the threshold?", "The
// scale is TBD", "the policy does not say whether distillation counts"). corpus/README.md rules 2–6 judge
// what the text commits to; issue 10, cause 7.
import type { Block, Sentence } from '../document';
import { GATE_QUESTION } from '../patterns';

export interface MoodRow {
  id: string;
  pattern: RegExp;
  source: string;
  /** Sentences in which the row must fire (the facet is not stated there). */
  fires: readonly string[];
  /** Sentences in which it must not. */
  doesNotFire: readonly string[];
}

export const NON_ASSERTIVE: readonly MoodRow[] = [
  {
    id: 'mood.question',
    pattern: /\?\s*["')\]]*\s*$|^[\s>*_•-]*Whether\b/u,
    source: 'issue 10 cause 7 (a question does not state a facet; an indirect question as the subject, "Whether … is open", neither)',
    fires: ['Does distillation count toward the threshold?', 'Question 4: Should fine-tuning compute count?', 'Whether the multiplier measured on these proxies holds at the scale of the full run is not something the Policy addresses.'],
    doesNotFire: ['Fine-tuning compute counts toward the threshold.', 'We ask whether fine-tuning counts, and it does.'],
  },
  {
    id: 'mood.undecided',
    pattern: /\b(?:TBD|TBC|TODO|to\s+be\s+(?:determined|decided|confirmed|defined|agreed|specified)|(?:an\s+)?open\s+question|not\s+yet\s+(?:been\s+)?(?:decided|determined|defined|specified|agreed|fixed|settled|chosen)|undecided|under\s+(?:discussion|review|consideration)|(?:have|has)\s+not\s+(?:yet\s+)?(?:decided|determined|specified|settled)|(?:is|are)\s+still\s+open|remains?\s+open|(?:is|are|remains?)\s+(?:still\s+)?(?:unresolved|unsettled)|(?:is|are)\s+open(?=\s*[.;,)]|\s*$)|open\s+(?:item|issue|point))\b/iu,
    source: 'issue 10 cause 7 (an open question or a TBD does not state a facet)',
    fires: ['Whether fine-tuning counts is TBD.', 'The reference model is to be determined by the Board.', 'Whether RL gains should count toward EC is still open.', 'The compute range is an open item.'],
    doesNotFire: ['Fine-tuning counts, as decided by the Board.', 'This was determined in 2024.', 'The evaluation window is open for 30 days.'],
  },
  {
    id: 'mood.said-to-be-missing',
    pattern: /\b(?:does|do|did)\s+not\s+(?:yet\s+)?(?:say|state|specify|define|clarify|address|explain)\b|\b(?:unclear|unspecified|silent)\s+(?:whether|on|about|as\s+to)\b|\bwithout\s+(?:saying|stating|specifying)\b|\bdo\s+not\s+yet\s+specify\b|\bnot\s+something\s+(?:that\s+)?(?:the\s+\w+|we|it)\s+(?:currently\s+|yet\s+)?(?:address|cover|specif|decide)\w*|\b(?:specify|clarify|decide|determine|indicate|explain|consider)\s+whether\b|\b(?:take|takes|taking)\s+(?:a|any)\s+(?:view|position|stance)\s+on\s+whether\b/iu,
    source: 'issue 10 cause 7 (a negation does not state a facet); corpus rule 17 (critique of another text)',
    fires: ['The policy does not say whether fine-tuning counts.', 'It is unclear whether synthetic data generation is included.', 'In (4), specify whether post-training enhancements are included in effective training compute.', 'Nor do we take a view on whether a multiplier measured at small scale can be extrapolated to frontier scale.'],
    doesNotFire: ['Fine-tuning does not count toward the threshold.', 'Synthetic data generation is included.'],
  },
];

/** Checked on the sentence up to the match: the match is inside the question a "whether" opens. */
export const EMBEDDED_QUESTION: MoodRow = {
  id: 'mood.embedded-question',
  // Only where the doubt is about what the text would say: a stance withheld, a point left unclear or
  // open. "To identify whether the model is notably more capable than the last model that underwent a
  // comprehensive assessment" asks whether a trigger fired, and states its comparison point.
  pattern: /\b(?:(?:view|position|stance|decision)\s+(?:on|about|as\s+to)|specify|clarify|unclear|unsure|uncertain|undecided|open\s+(?:question\s+)?(?:of|as\s+to)?)\s+whether\b(?![^,;]{0,12}\bor\s+not\b)|(?:\bnot|n['’]t)\s+(?:yet\s+)?(?:decided|determined|settled|agreed)\b[^.;?]{0,100}?\bwhether\b(?![^,;]{0,12}\bor\s+not\b)|\b(?:does|do|did)\s+not\s+(?:yet\s+)?(?:say|state|specify|define|clarify|address|explain|record)\s+(?:whether|what|which|how|where|at\s+what|on\s+what|over\s+what)\b|\b(?:out\s+of\s+scope|open\s+(?:questions?|items?|issues?)(?:\s+\d{1,2})?)\b[^.;?]{0,80}?(?::\s*|\s)whether\b(?![^,;]{0,12}\bor\s+not\b)/iu,
  source: 'issue 10 cause 7 (an embedded question states nothing: "we take no view on whether …"; a question left out of scope or open: "Out of scope for this ADR (tracked in EVALS-431): whether RL and fine-tuning compute should be folded into the multiplier", drafts-dz 02; "Open question: whether gains from fine-tuning and RL should count", an absorbed draft)',
  fires: ['Nor do we take a view on whether a multiplier measured at small scale can be extrapolated to frontier scale.', 'It remains unclear whether fine-tuning counts toward the threshold.', 'We have not yet decided over which compute range EC is measured, or whether we assume it is scale-independent.', 'We have not decided whether RL-only runs on a frozen base model should count toward T1.', 'Out of scope for this ADR (tracked in EVALS-431): whether RL and fine-tuning compute should be folded into the multiplier, and over what range of run sizes the multiplier is valid.', 'Open question: whether gains from fine-tuning and RL should count toward the threshold.', "The AFP does not say at what compute scale the algorithmic-efficiency factor is measured, or whether it is assumed to hold at A-7's scale."],
  doesNotFire: ['Fine-tuning counts regardless of whether it is done in-house.', 'Fine-tuning counts, whether or not it is done in-house.', 'The purpose of this preliminary assessment is to identify whether the model is notably more capable than the last model that underwent a comprehensive assessment.', 'The policy does not say much, but the multiplier is assumed to hold at any scale.'],
};

/**
 * Whether the text around a match asserts what it says. A question is judged on its whole sentence; a TBD or
 * a "does not say" on the stretch near the match (40 characters before, 30 after, inside its sentence), so
 * "the recipe frozen on 1 March 2025 … on ⟨TBD: metric⟩" still states its baseline.
 */
export function assertsAt(block: Block, at: number, end = at): boolean {
  const s = sentenceAt(block, at);
  if (!s) return true;
  const sentence = block.norm.text.slice(s.normStart, s.normEnd);
  // A checklist gate ("Will the run's total training compute exceed 10^26 FLOP? If yes, …") asks the
  // question its threshold answers: what it says about that threshold is stated.
  if (NON_ASSERTIVE[0]!.pattern.test(sentence) && !GATE_QUESTION.test(sentence)) return false;
  // An embedded question that the match sits in: "… take a view on whether a multiplier measured at small
  // scale can be extrapolated", "… unclear whether …" (not "regardless of whether").
  if (EMBEDDED_QUESTION.pattern.test(block.norm.text.slice(s.normStart, at))) return false;
  const near = block.norm.text.slice(Math.max(s.normStart, at - 40), Math.min(s.normEnd, end + 30));
  return !NON_ASSERTIVE.slice(1).some((row) => row.pattern.test(near));
}

function sentenceAt(block: Block, at: number): Sentence | undefined {
  for (const s of block.sentences) if (s.normStart <= at && at < s.normEnd) return s;
  return undefined;
}
