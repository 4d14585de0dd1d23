// The threshold summary of a document: one row per threshold phrase, the table a reviewer pastes into a
// review. Pure: the host passes how to turn an offset into a line number (one place per host).
import { FACETS, type Analysis, type FacetId, type FacetResult, type Mention, type MentionKind } from './types';

export const FACET_TITLES: Record<FacetId, string> = {
  baseline: 'Baseline',
  benchmark: 'Benchmark',
  scale: 'Scale',
  postTraining: 'Post-training',
  reference: 'Reference',
  counting: 'Counting',
};

export interface SummaryOptions {
  /** Heading name, usually the file's name. */
  name: string;
  /** 1-based line of an offset in the document. */
  lineOf(offset: number): number;
  /** Include descriptive and changelog mentions too (default: only the ones that set thresholds). */
  all?: boolean;
  /** Where a line number links to (the editor opens the document there); plain numbers when absent. */
  linkOf?(line: number): string;
}

export function thresholdSummary(analysis: Analysis, options: SummaryOptions): string {
  const shown = analysis.mentions.filter((m) => options.all || m.role === 'trigger' || m.role === 'definition' || m.role === 'quoted');
  const head = `## Threshold summary: ${escape(options.name)}\n\n`;
  if (shown.length === 0) return `${head}No threshold language found.\n`;
  // Narrow enough for a split editor: the kind and role in words in one column, the value beside it.
  const line = (n: number): string => (options.linkOf ? `[${n}](${options.linkOf(n)})` : String(n));
  const rows = [
    `| Line | Phrase | What it is | Value | ${FACETS.map((f) => FACET_TITLES[f]).join(' | ')} |`,
    `|---:|---|---|---|${FACETS.map(() => ':---:').join('|')}|`,
    ...shown.map((m) => `| ${line(options.lineOf(m.start))} | ${escape(flatten(m.phrase, 60))} | ${ROLE_WORDS[m.role]} ${KIND_WORDS[m.kind]} | ${valueOf(m)} | ${FACETS.map((f) => mark(m.facets[f], { ...options, line })).join(' | ')} |`),
  ];
  const missing = shown.reduce((n, m) => n + FACETS.filter((f) => m.facets[f].state === 'missing').length, 0);
  const count = `${shown.length} threshold phrase${shown.length === 1 ? '' : 's'}, ${missing} missing specification${missing === 1 ? '' : 's'}`;
  return `${head}${count}. ✓ stated (line of the evidence), ✗ missing, — not needed.\n\n${rows.join('\n')}\n`;
}

/** Kinds and roles in words a reader of the summary knows (the ids stay in the JSON output). */
const KIND_WORDS: Record<MentionKind, string> = {
  'effective-compute-term': 'use of "effective compute"',
  'relative-effective-compute': 'multiple of effective compute',
  'relative-compute': 'multiple of training compute',
  'relative-capability': 'multiple of capability',
  'unit-multiplier': 'multiple',
  'absolute-compute': 'compute threshold',
  'absolute-effective-compute': 'effective-compute threshold',
  'delegated-compute': 'threshold left to an authority',
  'compute-cost': 'cost threshold',
  'progress-rate': 'multiple of the rate of progress',
  'capability-jump': 'capability jump',
  'post-training-calendar': 'post-training calendar trigger',
  'compute-equivalence': 'compute equivalence',
  'capability-equivalence': 'capability equivalence',
};
const ROLE_WORDS: Record<Mention['role'], string> = {
  trigger: 'trigger:',
  definition: 'definition:',
  descriptive: 'description:',
  historical: 'earlier rule:',
  quoted: 'quoted:',
};

function mark(result: FacetResult, options: SummaryOptions & { line(n: number): string }): string {
  if (result.state === 'not-applicable') return '—';
  if (result.state === 'missing') return '✗';
  const ev = result.evidence;
  if (!ev) return '✓';
  const where = ev.source ? escape(ev.source.split(/[\\/]/).pop() ?? ev.source) : `l. ${options.line(options.lineOf(ev.start))}`;
  return `✓ ${where}${ev.hedged ? ' (e.g.)' : ''}`;
}

function valueOf(m: Mention): string {
  if (m.value === undefined) return '';
  const v = m.value >= 1e6 ? `10^${Math.log10(m.value).toFixed(Number.isInteger(Math.log10(m.value)) ? 0 : 2)}` : `${m.value}x`;
  return escape(`${m.comparator ? `${m.comparator} ` : ''}${m.kind.startsWith('absolute') ? v.replace(/x$/, '') : v}`);
}

function flatten(text: string, max: number): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}

function escape(text: string): string {
  return text.replace(/([\\|*_`[\]<>])/g, '\\$1');
}
