// --format markdown: the threshold summary of each file (every threshold phrase, its role and value,
// each facet ✓/✗ with the line of its evidence), then the findings as a list. Made for pasting into a
// review or a pull-request comment.
import type { FileReport, ReportWriter } from '../report';

/** One section per file, separated by a blank line. */
export function markdownWriter(): ReportWriter {
  let written = 0;
  return {
    file: (report) => `${written++ === 0 ? '' : '\n'}${section(report)}`,
    end: () => '',
  };
}

function section(report: FileReport): string {
  if (report.fatal !== undefined) return `## ${report.displayPath}\n\nNot linted: ${report.fatal}\n`;
  if (report.configProblems) {
    return `## ${report.displayPath}\n\n${report.configProblems.map((p) => `- line ${p.line}: ${p.message}`).join('\n')}\n`;
  }
  let part = report.summary ?? `## ${report.displayPath}\n`;
  if (report.messages.length) {
    part += `\n### Findings\n\n${report.messages.map((m) => `- line ${m.line}: **${m.ruleId}** (${m.severity}) ${m.message}`).join('\n')}\n`;
  }
  return part;
}
