// How much one document may report: a generated 200,000-row table must not cost a CI run its report or
// an editor its responsiveness (issue 12 §5). The CLI and the language server both cut here.
import type { Analysis } from './types';

/** Findings and mentions reported per document at most. */
export const MAX_FINDINGS_PER_FILE = 2000;

/** The analysis with at most `max` findings and mentions, and one finding that says how many were left out. */
export function capFindings(analysis: Analysis, max = MAX_FINDINGS_PER_FILE): Analysis {
  if (analysis.findings.length <= max && analysis.mentions.length <= max) return analysis;
  const findings = analysis.findings.slice(0, max);
  const left = analysis.findings.length - findings.length;
  if (left > 0) {
    const last = findings[findings.length - 1]!;
    findings.push({
      ruleId: 'too-many-findings',
      severity: 'info',
      message: `${left} more finding${left === 1 ? '' : 's'} in this file left out: rsplint reports at most ${max} per file. Fix or suppress the ones above, or split the file.`,
      start: last.start,
      end: last.end,
    });
  }
  return { ...analysis, findings, mentions: analysis.mentions.slice(0, max) };
}
