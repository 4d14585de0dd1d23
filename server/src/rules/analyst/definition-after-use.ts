import { docsPath } from '../rule';
import { isLive, lineOf, textOf, type AnalystRule, type RuleReport } from '../analyst-rule';

const FORWARD_REFERENCE = /\b(?:as\s+defined\s+(?:below|later|in|under)|defined\s+(?:below|later|in\s+(?:section|annex|appendix|§|the\s+definitions))|see\s+(?:section|annex|appendix|§|below|the\s+definitions)|\(see\b|\bbelow\))/iu;

export const definitionAfterUse: AnalystRule = {
  meta: {
    id: 'definition-after-use',
    description: 'A term used in a trigger before the document defines it, with no forward reference ("as defined below").',
    why: 'a reader of the trigger cannot tell the term is defined at all, and a later excerpt of the clause loses the definition.',
    defaultSeverity: 'warning',
    fixable: 'deterministic',
    docs: docsPath('definition-after-use'),
  },
  check(ctx) {
    const out: RuleReport[] = [];
    const done = new Set<string>();
    ctx.mentions.forEach((m, i) => {
      if (!m.term || done.has(m.term) || m.role !== 'trigger') return;
      const defs = ctx.definitions.filter((d) => !d.source && d.term === m.term);
      if (defs.length === 0) return;
      done.add(m.term);
      const first = defs.reduce((a, b) => (b.start < a.start ? b : a));
      if (first.body.start <= m.start) return;
      if (FORWARD_REFERENCE.test(textOf(ctx.raws[i]!.sentence))) return;
      out.push({
        start: m.start,
        end: m.end,
        mentionId: m.id,
        message: `"${m.phrase}" is used before ${m.term} is defined (line ${lineOf(ctx.doc, first.start)}); add a forward reference.`,
        related: [{ start: first.start, end: first.end, message: `Definition of ${m.term}` }],
        fixes: [{ title: 'Add "(as defined below)"', edits: [{ start: m.end, end: m.end, newText: ' (as defined below)' }], isPreferred: true, deterministic: true }],
      });
    });
    return out;
  },
};
