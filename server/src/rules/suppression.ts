import { docsPath, type RuleMeta } from './rule';

/** Rules about rsplint's own suppression comments (markdownlint's grammar under our prefix). */
export const SUPPRESSION_RULES: readonly RuleMeta[] = [
  {
    id: 'disable-without-reason',
    description: 'A suppression comment that does not give a reason after "--".',
    why: 'a reviewer reading a silenced finding needs to know why the gap is acceptable, for example "scale is fixed in Annex B".',
    defaultSeverity: 'warning',
    fixable: false,
    docs: docsPath('disable-without-reason'),
  },
  {
    id: 'unused-disable-directive',
    description: 'A suppression comment that suppresses nothing (reported with --report-unused-disable-directives).',
    why: 'a stale suppression hides the next real finding on that line.',
    defaultSeverity: 'warning',
    fixable: false,
    docs: docsPath('unused-disable-directive'),
  },
];
