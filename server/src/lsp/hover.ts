// Hover on a mention: the facet checklist with the evidence the engine used, so a reader can see why
// rsplint believes each facet is stated, and why a missing one matters.
import { MarkupKind, type Hover } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { FACETS, scopeWhere, type Evidence, type GlossarySource, type Mention } from '../lint';
import { escapeMarkdown, FACET_LABELS, facetMark, facetWhy, flatten, kindLabel, missingFacets, ROLE_LABELS } from './describe';
import { locate, toRange } from './positions';
import type { LintOutcome } from './linter';

export function mentionAt(outcome: LintOutcome, offset: number): Mention | undefined {
  const mentions = outcome.analysis?.mentions ?? [];
  // Prefer the narrowest mention under the cursor ("4x" inside a longer trigger phrase).
  return mentions
    .filter((m) => m.start <= offset && offset <= m.end)
    .sort((a, b) => a.end - a.start - (b.end - b.start))[0];
}

export function hoverFor(doc: TextDocument, outcome: LintOutcome, offset: number): Hover | null {
  const mention = mentionAt(outcome, offset);
  if (!mention) return null;
  const lines: string[] = [];
  lines.push(`**rsplint** · "${escapeMarkdown(flatten(mention.phrase, 80))}" — ${ROLE_LABELS[mention.role]}, ${kindLabel(mention.kind)}${mention.roleReason ? ` (role row \`${mention.roleReason}\`)` : ''}`);
  lines.push('');
  lines.push('| | Facet | Evidence |');
  lines.push('|---|---|---|');
  for (const facet of FACETS) {
    const result = mention.facets[facet];
    const mark = facetMark(result);
    let evidence = '';
    if (result?.state === 'stated') evidence = result.evidence ? describeEvidence(doc, result.evidence, outcome.config.glossaries) : 'stated';
    else if (result?.state === 'missing') evidence = 'not stated';
    else evidence = 'not needed for this kind of phrase';
    lines.push(`| ${mark} | ${FACET_LABELS[facet]} | ${evidence} |`);
  }
  const missing = missingFacets(mention);
  if (missing.length) {
    lines.push('');
    lines.push('**Why the missing facets matter**');
    lines.push('');
    for (const facet of missing) {
      const why = facetWhy(facet, mention);
      if (why) lines.push(`- *${FACET_LABELS[facet]}*: ${escapeMarkdown(why)}`);
    }
  }
  if (mention.definition) {
    const where = locate(doc, mention.definition, outcome.config.glossaries);
    const line = where ? ` (${where.uri === doc.uri ? '' : `${escapeMarkdown(basename(where.uri))}, `}line ${where.range.start.line + 1})` : '';
    lines.push('');
    lines.push(`Definition used: "${escapeMarkdown(flatten(mention.definition.label, 60))}"${line}. Go to Definition jumps there.`);
  }
  return { contents: { kind: MarkupKind.Markdown, value: lines.join('\n') }, range: toRange(doc, mention) };
}

function describeEvidence(doc: TextDocument, evidence: Evidence, glossaries: readonly GlossarySource[]): string {
  const quote = `"${escapeMarkdown(flatten(evidence.text, 100))}"`;
  const where = locate(doc, evidence, glossaries);
  const place = !where ? '' : where.uri === doc.uri ? ` (line ${where.range.start.line + 1})` : ` (${escapeMarkdown(basename(where.uri))}, line ${where.range.start.line + 1})`;
  // "stated in the list lead-in, by cue reference.last-evaluated-model": the scope and the cue row that decided.
  const stated = evidence.via === 'intrinsic' ? 'stated by the phrase itself' : evidence.scope ? `stated in ${scopeWhere(evidence.scope)}` : '';
  const cue = evidence.cue ? ` by cue \`${evidence.cue}\`` : '';
  const via = stated || cue ? ` — ${stated}${cue}` : '';
  const hedge = evidence.hedged ? ' — given only as an example ("e.g.", "such as")' : '';
  return `${quote}${place}${via}${hedge}`;
}

function basename(uri: string): string {
  return decodeURIComponent(uri.slice(uri.lastIndexOf('/') + 1));
}
