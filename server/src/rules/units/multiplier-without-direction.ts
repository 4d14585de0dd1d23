// "a 4x compute model": 4x more, or 4x less (an efficiency gain, trap T12)? And from what? (CT-A01)
import { docsPath } from '../rule';
import { isLive, type AnalystRule, type RuleReport } from '../analyst-rule';
import { sentenceText } from '../../core/document';
import { mapRange } from '../../core/normalize';
import { BUFFER_WORD } from '../../core/patterns';
import { clauseAround, gluesIntoWord } from './shared';

/** The multiplier token inside a mention: "4x", "4×", "four-fold", "4 times". */
const MULTIPLIER = /(?<![\p{L}\p{N}.^/])(\d+(?:\.\d+)?\s?[x×]|(?:\d+(?:\.\d+)?|one|two|three|four|five|six|seven|eight|nine|ten|twenty|fifty|hundred|thousand)[\s-]*(?:fold|times))(?![\p{L}\p{N}])/iu;
/** A compute noun straight after it, with no article or preposition between: "4x compute", "4x effective compute". */
const NOUN_AFTER = /^\s+(?:(?:effective|training|pre-?training|total|physical|raw|more|less)\s+){0,2}(?:compute|computation|computing\s+power|FLOPs?|E-FLOPs?)\b/iu;
/** Words that say which way, or from where, the multiple goes. */
const DIRECTION = /\b(?:more|less|fewer|larger|smaller|bigger|greater|higher|lower|increas\w*|decreas\w*|reduc\w*|jumps?|grow\w*|scale-?ups?|scal(?:e|ed|es|ing)\s+up|gains?|sav(?:e|es|ed|ing|ings?)|cheaper|efficien\w*|multipliers?|above|beyond|after|exceed\w*|surpass\w*|cross\w*|than|boost\w*|rais\w*|cut|up|down|from|relative|compared|over|since|rel\.?)\b/iu;

export const multiplierWithoutDirection: AnalystRule = {
  meta: {
    id: 'multiplier-without-direction',
    description: 'A compute multiplier with no direction or base: "4x compute" without more, less, increase or a reference.',
    why: '"4x compute" can mean four times more (a growth trigger) or four times less (an efficiency claim); a threshold has to say which, and from what.',
    defaultSeverity: 'info',
    fixable: 'suggestion',
    docs: docsPath('multiplier-without-direction'),
  },
  check(ctx) {
    const out: RuleReport[] = [];
    ctx.mentions.forEach((m, i) => {
      if (m.kind !== 'relative-compute' && m.kind !== 'relative-effective-compute') return;
      if (!isLive(m) || m.comparator !== undefined) return;
      const raw = ctx.raws[i]!;
      // A safety buffer or margin is measured back from the threshold it protects: its direction is given.
      if (raw.buffer) return;
      const st = sentenceText(raw.sentence);
      const a = raw.nStart - raw.sentence.normStart;
      const b = raw.nEnd - raw.sentence.normStart;
      const mult = MULTIPLIER.exec(st.slice(a, b));
      if (!mult) return;
      const multStart = a + mult.index;
      const multEnd = multStart + mult[0].length;
      const noun = NOUN_AFTER.exec(st.slice(multEnd, multEnd + 48));
      if (!noun) return;
      const clause = clauseAround(st, a, b);
      if (DIRECTION.test(clause.text) || BUFFER_WORD.test(clause.text)) return;
      const block = raw.sentence.block;
      const base = block.start;
      const at = (from: number, to: number) => mapRange(block.norm, raw.sentence.normStart + from, raw.sentence.normStart + to);
      const phrase = at(multStart, multEnd + noun[0].length);
      const insertAt = base + at(multStart, multEnd).end;
      const written = ctx.text.slice(base + phrase.start, base + phrase.end).replace(/\s+/g, ' ');
      out.push({
        start: base + phrase.start,
        end: base + phrase.end,
        mentionId: m.id,
        message: `"${written}" does not say which way: write "${mult[0]} more" (or "a ${mult[0]} increase in …") for growth, or "${mult[0]} less" for an efficiency gain, and from which model it is counted.`,
        ...(gluesIntoWord(ctx.text, insertAt) ? {} : {
          fixes: [{
            title: `Insert "more" after ${mult[0]}`,
            edits: [{ start: insertAt, end: insertAt, newText: ' more' }],
            deterministic: false,
          }],
        }),
      });
    });
    return out;
  },
};
