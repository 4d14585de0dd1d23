import { docsPath } from '../rule';
import { isLive, textOf, type AnalystRule, type RuleReport } from '../analyst-rule';
import { mapRange } from '../../core/normalize';
import { guard } from '../../core/patterns';
import { sentenceTest, type Block } from '../../core/document';

const DEFERRAL = guard(/\b(?:(?:an?\s+)?open\s+(?:research\s+)?question|to\s+be\s+(?:determined|decided|defined|specified)|TBD|not\s+yet\s+(?:defined|determined|decided|specified|settled)|(?:we|it)\s+may\s+(?:later\s+)?(?:replace|revise|change|refine|update)\s+(?:it|this|the\s+\w+)(?:\s+with\s+(?:an)?other\s+\w+)?|we\s+(?:will|plan\s+to|intend\s+to)\s+(?:explore|investigate|develop|refine)\s+(?:[\w-]+\s+){0,3}?(?:metrics?|measures?|methodolog(?:y|ies)|benchmarks?|definitions?))\b/iu, /question|to\s+be|TBD|not\s+yet|may|will|plan|intend/iu);

export const deferredFacet: AnalystRule = {
  meta: {
    id: 'deferred-facet',
    description: 'A definition or trigger that defers what it needs ("an open research question", "we may replace it with another metric").',
    why: 'a deferred specification leaves the threshold open to reinterpretation exactly when it matters.',
    defaultSeverity: 'info',
    fixable: false,
    docs: docsPath('deferred-facet'),
  },
  check(ctx) {
    const blocks = new Set<Block>();
    for (const d of ctx.definitions) if (!d.source) for (const b of d.blocks) blocks.add(b);
    ctx.mentions.forEach((m, i) => {
      if (!isLive(m)) return;
      const block = ctx.raws[i]!.sentence.block;
      blocks.add(block);
      // A deferral is as often in the footnote a trigger cites.
      for (const ref of block.footnoteRefs) for (const fb of ctx.doc.footnotes.get(ref.label) ?? []) blocks.add(fb);
    });
    const out: RuleReport[] = [];
    for (const block of blocks) {
      for (const sentence of block.sentences) {
        const text = textOf(sentence);
        const m = sentenceTest(sentence, DEFERRAL) ? DEFERRAL.exec(text) : null;
        if (!m) continue;
        const r = mapRange(block.norm, sentence.normStart + m.index, sentence.normStart + m.index + m[0].length);
        out.push({
          start: block.start + r.start,
          end: block.start + r.end,
          message: `"${m[0]}": this leaves part of the threshold's specification open; say what applies until it is settled and when it will be.`,
        });
      }
    }
    return out;
  },
};
