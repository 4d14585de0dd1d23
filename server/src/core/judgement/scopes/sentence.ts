// The mention's own sentence, and the sentence after it when that one carries on ("This is counted from
// …", "Specifically, this would be the case if …").
import type { Sentence } from '../../document';
import type { ScopeProvider, ScopeRegion } from './scope';

/**
 * The next sentence carries this one on: it opens on an anaphor, or says how "we" count or price what this one
 * set ("We price runs at our standard blended rate"), or tells the reader what to count ("Count pre-training,
 * synthetic-data generation and all RL and fine-tuning stages, cumulatively.", drafts-de 04; "(Count
 * pre-training only for this line.)", drafts-dd 02), or says what "the total" is ("The total counts every operation used
 * to produce the released weights: …", drafts-dx 01; "The total is cumulative across the run and includes …").
 */
const CONTINUATION = /^["'(]*(?:for\s+(?:this|these|that|such)\s+(?:purpose|trigger|threshold|limit|test|calculation|clause|paragraph|section|rule)s?\b|(?:(?:specifically|in\s+particular|that\s+is|concretely|here|for\s+(?:(?:this|these|that|such)(?:\s+(?:trigger|threshold|limit|test|purpose|calculation)s?)?|it|T\d{1,2}|[A-Z]\d{1,2})),?\s+)?(?:this|these|that|those|it|its|such|here|the\s+(?:\d[\d.]*\s?x|⟨|multiple|multiplier|threshold|count|cost|buffer|interval|trigger|figure|amount|number|ratio|increase|total)|gains|performance|effective\s+compute|training\s+compute|we\s+(?:price|cost|count|include|exclude|measure|calculate|compute|estimate|sum|value)\b)\b|(?:count|include|exclude)\s+(?:only\s+)?(?:all\s+|every\s+|any\s+|the\s+)?(?:pre-?training|post-?training|fine-?tuning|RL|reinforcement|synthetic|operations|stages|compute)\b)/iu;

export const sentenceScope: ScopeProvider = {
  id: 'sentence',
  where: 'the same sentence',
  regions(m) {
    return [{ block: m.sentence.block, nStart: m.sentence.normStart, nEnd: m.sentence.normEnd, scope: 'sentence' }];
  },
};

export const continuationScope: ScopeProvider = {
  id: 'continuation',
  where: 'the next sentence, which carries on this one',
  regions(m) {
    const next = continuationOf(m.sentence);
    return next ? [{ block: next.block, nStart: next.normStart, nEnd: next.normEnd, scope: 'continuation' } satisfies ScopeRegion] : [];
  },
};

export function continuationOf(sentence: Sentence): Sentence | undefined {
  const block = sentence.block;
  const next: Sentence | undefined = block.sentences[sentence.index + 1];
  if (!next) return undefined;
  return CONTINUATION.test(block.norm.text.slice(next.normStart, next.normEnd)) ? next : undefined;
}
