// Builds the README's rules table from the rule metadata, so the table can never drift from the code.
// Shared by `npm run docs:rules` (scripts/gen-rules-table.mjs rewrites the README) and the registry test
// (test/docs/registry.test.ts fails when the README's table differs from what this builds).
import { RULES, type RuleMeta } from '../server/src/rules';

export const TABLE_START = '<!-- rules-table:start -->';
export const TABLE_END = '<!-- rules-table:end -->';

const FIX_LABEL: Record<string, string> = {
  placeholder: 'inserts a definition sentence with ⟨placeholders⟩',
  deterministic: 'rewrites the phrase',
  suggestion: 'suggests an edit to review',
  false: '—',
};

/** A Markdown table: one row per rule, linking its docs page. Paths are relative to the repository root. */
export function buildRulesTable(rules: readonly RuleMeta[] = RULES): string {
  const rows = rules.map((rule) =>
    [
      `[\`${rule.id}\`](${rule.docs})`,
      cell(rule.description),
      rule.defaultSeverity,
      FIX_LABEL[String(rule.fixable)] ?? String(rule.fixable),
    ].join(' | '),
  );
  return [
    '| Rule | What it finds | Default severity | Quick fix |',
    '|---|---|---|---|',
    ...rows.map((row) => `| ${row} |`),
  ].join('\n');
}

/** The table currently between the markers, or undefined when a marker is missing. */
export function extractRulesTable(readme: string): string | undefined {
  const start = readme.indexOf(TABLE_START);
  const end = readme.indexOf(TABLE_END);
  if (start < 0 || end < start) return undefined;
  return readme.slice(start + TABLE_START.length, end).trim();
}

/** The README with `table` placed between the markers (blank lines around it, so Markdown sees a table). */
export function replaceRulesTable(readme: string, table: string): string {
  const start = readme.indexOf(TABLE_START);
  const end = readme.indexOf(TABLE_END);
  if (start < 0 || end < start) {
    throw new Error(`README.md has no "${TABLE_START}" … "${TABLE_END}" markers to put the rules table between.`);
  }
  return `${readme.slice(0, start + TABLE_START.length)}\n\n${table}\n\n${readme.slice(end)}`;
}

/** A table cell must stay on one line, and a pipe would end the cell early. */
function cell(text: string): string {
  return text.replace(/\s+/g, ' ').replace(/\|/g, '\\|').trim();
}
