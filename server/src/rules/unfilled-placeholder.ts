import { docsPath, type RuleMeta } from './rule';

/** Quick fixes insert ⟨placeholders⟩; this rule keeps them from reaching a published policy. */
export const unfilledPlaceholder: RuleMeta = {
  id: 'unfilled-placeholder',
  description: 'A ⟨placeholder⟩ inserted by a quick fix that has not been filled in.',
  why: 'an inserted definition only states a facet once its placeholders carry the policy\'s real values.',
  defaultSeverity: 'warning',
  fixable: false,
  docs: docsPath('unfilled-placeholder'),
};

/** Reported when part of a document is too deeply nested to parse as Markdown and is read as plain text. */
export const unparsedStructure: RuleMeta = {
  id: 'unparsed-structure',
  description: 'Part of a document that cannot be parsed as Markdown in bounded time (thousands of list or quote levels, over 100,000 characters without a blank line, or binary content); it is analysed as plain text.',
  why: 'the analysis still runs, but headings, lists, tables and footnotes in that part are not recognised, so a definition there may be missed.',
  defaultSeverity: 'info',
  fixable: false,
  docs: docsPath('unparsed-structure'),
};
