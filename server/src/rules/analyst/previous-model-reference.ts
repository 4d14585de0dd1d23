import { docsPath } from '../rule';
import { formatMultiple, isLive, type AnalystRule, type RuleReport } from '../analyst-rule';
import { EVALUATION_NOUN } from './document-cues';

const PREVIOUS = /\b(?:previous|prior|preceding|each\s+new|last)\s+(?:[\w-]+\s+){0,2}?(?:models?|checkpoints?|versions?|releases?|training\s+runs?)\b|\bpreviously\s+(?:released|deployed|shipped|launched)\s+(?:models?|versions?)\b|\b(?:last|latest|previous)\s+one\s+(?:we|it|they)\s+(?:have\s+|had\s+)?(?:released|deployed|shipped|launched)\b/iu;
/**
 * The reference model is described by an evaluation it went through: by the evaluation's name ("a
 * comprehensive assessment", "the full battery", "a safety review") or by the clause that says it went
 * through one ("that completed …", "that passed …", "that underwent …").
 */
export const EVALUATED = new RegExp(String.raw`\b(?:evaluat|assess|tested|underw[ae]nt|comprehensive|Capability\s+Report|Risk\s+Report|${EVALUATION_NOUN}|sign(?:ed)?[\s-]?off|cleared|gated)|\b(?:that|which)\s+(?:has\s+|had\s+)?(?:completed|passed|went\s+through|received|finished)\b`, 'iu');

export const previousModelReference: AnalystRule = {
  meta: {
    id: 'previous-model-reference',
    description: 'A relative threshold counted from the previous model or checkpoint instead of the last fully evaluated one.',
    why: 'steps of 3x, 3x and 3x each stay under a 4x trigger while the model grows 27x since anything was evaluated.',
    defaultSeverity: 'warning',
    fixable: false,
    docs: docsPath('previous-model-reference'),
  },
  check(ctx) {
    const out: RuleReport[] = [];
    for (const m of ctx.mentions) {
      const ev = m.facets.reference.evidence;
      if (!isLive(m) || !ev || m.facets.reference.state !== 'stated') continue;
      // "the last model that completed a comprehensive evaluation" is the right reference point.
      // Only the words that describe the reference model count: "the last model that completed a
      // comprehensive evaluation" is right; "the previous checkpoint, and the evaluation…" is not.
      const clause = ctx.text.slice(ev.start, ev.end + 80).split(/[.;,](?:\s|$)|\s(?:and|but|or)\s/)[0]!;
      if (!PREVIOUS.test(ev.text) || (EVALUATED.test(clause) && !/\b(?:released|deployed|shipped|launched)\b/i.test(ev.text))) continue;
      const phrase = m.phrase;
      let consequence = 'a series of steps, each below the trigger, can add up to a jump that was never evaluated.';
      if (m.value !== undefined && m.value > 1.5) {
        const n = m.value;
        const step = Math.max(1.2, Math.round(n * 0.75 * 10) / 10);
        consequence = `three steps of ${formatMultiple(step)} each stay under ${formatMultiple(n)} while compounding to ${formatMultiple(Math.round(step ** 3 * 10) / 10)}.`;
      }
      out.push({
        start: m.start,
        end: m.end,
        mentionId: m.id,
        message: `"${phrase}" is counted from "${ev.text}", not from the last model that was fully evaluated: ${consequence}`,
        related: [{ start: ev.start, end: ev.end, message: 'The reference point used' }],
      });
    }
    return out;
  },
};
