// --format markdown: the threshold summary of each file (every threshold phrase, its role and value,
// each facet ✓/✗ with the line of its evidence), then the findings as a list. Made for pasting into a
// review or a pull-request comment.
import type { FileReport } from '../report';

export function formatMarkdown(reports: readonly FileReport[]): string {
  const parts: string[] = [];
  for (const report of reports) {
    if (report.fatal !== undefined) {
      parts.push(`## ${report.displayPath}\n\nNot linted: ${report.fatal}\n`);
      continue;
    }
    if (report.configProblems) {
      parts.push(`## ${report.displayPath}\n\n${report.configProblems.map((p) => `- line ${p.line}: ${p.message}`).join('\n')}\n`);
      continue;
    }
    let part = report.summary ?? `## ${report.displayPath}\n`;
    if (report.messages.length) {
      part += `\n### Findings\n\n${report.messages.map((m) => `- line ${m.line}: **${m.ruleId}** (${m.severity}) ${m.message}`).join('\n')}\n`;
    }
    parts.push(part);
  }
  return parts.join('\n');
}
