// The threshold summary of a document: one Markdown table row per mention, the same marks as the hover.
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { FACETS } from '../core/index';
import { escapeMarkdown, FACET_LABELS, facetMark, flatten } from './describe';
import type { LintOutcome } from './linter';
import { lineNumber } from './positions';

export function thresholdSummary(doc: TextDocument, outcome: LintOutcome): string {
  const name = decodeURIComponent(doc.uri.slice(doc.uri.lastIndexOf('/') + 1));
  const mentions = outcome.analysis?.mentions ?? [];
  if (outcome.status === 'too-large') return `# Threshold summary: ${escapeMarkdown(name)}\n\nThe document is over rsplint.maxFileSizeKb and was not analysed.\n`;
  if (outcome.status === 'failed') return `# Threshold summary: ${escapeMarkdown(name)}\n\nThe analysis failed; see the rsplint output log.\n`;
  const rows = [
    `| Phrase | Role | Line | ${FACETS.map((f) => FACET_LABELS[f]).join(' | ')} |`,
    `|---|---|---:|${FACETS.map(() => ':---:').join('|')}|`,
    ...mentions.map(
      (m) => `| ${escapeMarkdown(flatten(m.text, 60))} | ${m.role} | ${lineNumber(doc, m.start)} | ${FACETS.map((f) => facetMark(m.facets[f])).join(' | ')} |`,
    ),
  ];
  const count = mentions.length === 1 ? '1 threshold phrase' : `${mentions.length} threshold phrases`;
  const body = mentions.length ? rows.join('\n') : 'No threshold language found.';
  return `# Threshold summary: ${escapeMarkdown(name)}\n\n${count}; ✓ stated, ✗ missing, n/a not needed.\n\n${body}\n`;
}
